"""LifeType 1.2 multi-blog install of Phòng Giáo dục và Đào tạo huyện Hải Hậu (Nam Định).

Platform: LifeType 1.2 (PHP, Smarty templates), installed in 2009 as the district's "blog" and
still used for news: one blog per office unit on one install, each blog with its own template.

- blogId=1 "Phòng GD&ĐT Hải Hậu" (news of the office), template ``hhdistrict``;
- blogId=2 "Tổ Tiểu học", template ``hhdistrict`` too (its editor uses TinyMCE 2's named/numeric
  entities for every Vietnamese letter);
- blogId=3 "Tổ THCS", template ``grey`` (another layout: dotted dates, post info under the
  headline, an update line in the footer).

URL scheme (LifeType's):
- ``/`` the install's summary page (summary.php): the latest posts of every blog and the list
  of blogs; its links use the plain ``index.php?op=ViewArticle&articleId=N&blogId=B`` form;
- ``/post/<B>/<N>`` an article (search-engine-friendly permalinks, switched on in 2015: the
  templates print this form everywhere: headlines, "Đọc tiếp", "Liên kết tĩnh", RSS);
- ``/index.php?op=ViewArticle&articleId=<N>&blogId=<B>`` the same article in the plain form
  (summary page, the sidebar "Bài viết mới" plugin, which predates the permalinks);
- ``/index.php?op=ViewArticle&articleName=<slug>&blogId=<B>`` the same article by its post
  name (one editor pasted such a link inside another post's text);
- ``/index.php?op=Comment&articleId=<N>&blogId=<B>`` the same article again, with the reply form
  (linked as "Bình luận (k)" on posts that take comments);
- ``/index.php?blogId=<B>`` and ``&page=<N>`` a blog's listing, 3 posts a page;
- ``/index.php?op=Default&postCategoryId=<c>&blogId=<B>`` (``&page=<N>``) a category's listing;
- ``/index.php?op=Default&Date=<YYYYMM>&blogId=<B>`` a month's archive (sidebar "Lưu trữ");
- ``/index.php?op=Template&show=gioithieu&blogId=<B>`` (and ``show=lienhe``) static template
  pages; ``op=ViewAlbum&albumId=3&blogId=1`` a photo album; ``op=ViewResource&resId=17&blogId=1``
  a document (PDF) entry; ``op=Search&searchTerms=…`` the search (form only);
- ``/resserver.php?blogId=<B>&resource=<file>[&mode=preview]`` the blog's uploaded files
  (photos inside posts, PDF); ``/rss.php?blogId=<B>`` the feed (linked in the head).

Page templates: every page has the header (the blog's name as the page's only ``<h1>``, today's
date "Thứ Bảy, 05/12/2026"), a menu with drop-downs (the blogs, the blog's categories, the
intro), a breadcrumb, a sidebar (Bài viết mới, Chuyên mục with counts, Lưu trữ, Thư viện ảnh,
Tài liệu, Liên kết, a poll, the visitor counter) and the footer. ``hhdistrict`` groups posts
under a day heading (``div.ngay_nhom``: "Thứ Năm, 03 tháng 12, 2026") and prints the time in the
post's foot ("Đăng bởi quantri lúc 14:30"); ``grey`` prints "16.11.2026 | 14:00" under the
headline. An article page prints the whole post (intro and "more" part), its foot, the
trackback address, previous/next links and, for three posts, the readers' comments.

How the gold articles are reached: from ``/`` (the six newest, plain form) and the blogs'
listings (all, permalink form): blog 1 has 7 posts over 3 pages, its category "Tin tức - Sự
kiện" 5 over 2 pages; post 398 is listed only on page 3 of blog 1, page 2 of its category and
the October archive. The other blogs fit on one page each.

Traps:
1. The page's only ``<h1>`` is the blog's name ("Phòng GD&ĐT Hải Hậu", "Tổ THCS - Phòng GD&ĐT
   Hải Hậu") on every page; the post's headline is an ``<h2 class="bv_tde">`` (``hhdistrict``)
   or an ``<h3>`` inside ``div.tdbai`` (``grey``); the ``<title>`` is "<blog> » <headline>".
   Gold title: the post's headline.
2. Date split in two (``hhdistrict``): the day is a group heading above the post ("Thứ Năm, 03
   tháng 12, 2026", printed once for all posts of that day on listings), the time is in the
   foot after the CMS account ("Đăng bởi quantri lúc 14:30"). Gold: both joined,
   "2026-12-03T14:30:00+07:00". A post whose foot says "lúc 00:00" has the day alone.
3. Dotted day-first dates (``grey``): "08.11.2026 | 09:30" is 8 November, not 11 August; the
   foot's "Sửa lần cuối: 20.11.2026 08:05" is an update, not the publication. Readers'
   comments print their own days and times ("viết lúc 03/12/2026 20:15") under the post: never
   the article's date.
4. The text in two sibling blocks: LifeType's intro text is ``div.bv_nd`` and the "more" part
   (after ``[@more@]``) is the next sibling ``div.bv_nd2`` with its own ``<a name="more">``;
   listings show only the intro with "Đọc tiếp »". Gold body: both parts in order; the intro is
   no sapo (summary null) unless it opens with a bold lead paragraph (post 401).
5. Listings print whole posts: a post without a "more" part is printed complete (headline, day,
   text, photos, foot) on the blog's pages, its categories' pages and the archive; a category
   holding a single post ("Thi đua - Khen thưởng", "Hoạt động ngoài giờ", "Chuyên môn THCS")
   reads like an article page. Those are listings, not articles (the first is in NON_ARTICLES).
6. A post filed in two categories: the foot prints "Chuyên mục: Tin tức - Sự kiện, Thi đua -
   Khen thưởng" and the post is listed under both; gold category is its first (main) category,
   the one the breadcrumb prints ("Tin tức - Sự kiện"), not the listing it was found on.
7. Same post under four addresses: ``/post/B/N`` (templates, gold path), the plain
   ``index.php?op=ViewArticle&articleId=N&blogId=B`` (summary page and sidebar plugin),
   ``op=ViewArticle&articleName=<slug>`` (a link pasted in a post's text) and ``op=Comment``
   (the reply-form view). Gold: one record, the others in ``alt_paths``.
8. Photos are served by ``resserver.php`` with the file in the query
   (``/resserver.php?blogId=1&resource=IMG_0231.JPG&mode=preview``): the query is part of the
   image's address; the ``alt`` is the camera's file name, never a caption. The caption is the
   next centred italic paragraph, or (blog 2) an ``<em>`` after a ``<br />`` inside the photo's
   own ``<p>``; "Ảnh: Minh Tuấn" under a photo credits a photographer (caption None).
9. A post typed in the plain-text editor (398): no ``<p>`` at all, lines separated by ``<br />``,
   paragraphs by a blank line (``<br /><br />``); every line is a paragraph in the gold; its last
   line "Nguồn: Trường TH Hải Nam" is the source, not text.
10. The post's foot and its neighbours are not text: "Đăng bởi quantri lúc …" (a CMS account:
   no author), "Bình luận (2) | Trackback (0) | Liên kết tĩnh", the line "Địa chỉ Trackback của
   bài này: http://…/trackback.php?id=412", "« Bài trước: … | Bài sau: … »" with other posts'
   headlines, and the readers' comments (names, paragraphs) under "Ý kiến bạn đọc".
11. Bylines signed at the end of the text, right-aligned: "Phạm Thu Hương - Phòng GD&ĐT" (name
   only), "ThS. Nguyễn Thị Thanh Mai" (no degree), "Tin, ảnh: Vũ Đức Thắng" (author and
   photographer), "Tin: Đỗ Văn Hải - Ảnh: Lê Thị Hằng", a unit alone "Tổ THCS", "BBT" (nobody).
12. An official notice (410) printed inside the post: letterhead table, "Số: 215/TB-PGDĐT",
   "Hải Hậu, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", then "Nơi nhận" and the
   signer. Gold per the house: the letterhead's day "2026-11-30" (not the post's 01/12 08:00),
   the signer "Trần Văn Lợi" as author, only the notice's text as body.
13. Blog 2's text is stored with TinyMCE entities (``Tr&#432;&#7901;ng``, ``&agrave;``): the
   gold is the decoded text, NFC.

Gold decisions on ambiguous points:
- The gold path is the permalink ``/post/B/N`` (what the templates print); the plain form, the
  post-name form and the comment view are ``alt_paths``. No page prints a canonical link.
- The trackback address line, the view count ("Đã xem: 123 lần") and the comment count are
  chrome. A table inside the text is paragraphs, cells joined by " | ".
- The centred italic line under a photo is its caption (parentheses taken off) and no body
  paragraph; a photo with no line under it has caption None.
- "Theo Báo Nam Định" closing 404's text is the source ("Báo Nam Định").
- Category: the category the breadcrumb prints (the post's first category), not the blog's name.
"""

from __future__ import annotations

import datetime as _dt
import re
import zlib

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "lifetype_pgd"
PLATFORM = "LifeType 1.2 (PHP multi-blog, Smarty templates)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3

BLOGS = {
    1: {"name": "Phòng GD&ĐT Hải Hậu", "short": "Phòng GD&ĐT", "tpl": "hhdistrict", "ent": 0},
    2: {"name": "Tổ Tiểu học - Phòng GD&ĐT Hải Hậu", "short": "Tổ Tiểu học", "tpl": "hhdistrict",
        "ent": 1},
    3: {"name": "Tổ THCS - Phòng GD&ĐT Hải Hậu", "short": "Tổ THCS", "tpl": "grey", "ent": 0},
}

#: LifeType category ids are global to the install; (blogId, name)
CATS = {
    1: (1, "Tin tức - Sự kiện"),
    2: (1, "Thông báo"),
    3: (1, "Thi đua - Khen thưởng"),
    4: (2, "Chuyên môn Tiểu học"),
    5: (2, "Hoạt động ngoài giờ"),
    6: (3, "Chuyên môn THCS"),
    7: (3, "Công đoàn"),
}

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _res(blog: int, name: str) -> str:
    return f"/resserver.php?blogId={blog}&amp;resource={name}&amp;mode=preview"


def _sign(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


def _right(line: str) -> Raw:
    return Raw(f'<p align="right"><em>{esc(line)}</em></p>')


_LETTERHEAD = """<table border="0" cellpadding="2" cellspacing="0" width="100%">
<tbody><tr><td style="text-align: center;" width="40%">UBND HUYỆN HẢI HẬU<br />
<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 215/TB-PGDĐT</td>
<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />
<em>Hải Hậu, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />
<strong>Về việc lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"""

_NOTICE_CLOSE = """<table border="0" cellpadding="2" cellspacing="0" width="100%">
<tbody><tr><td valign="top" width="50%"><strong><em>Nơi nhận:</em></strong><br />
- Các trường TH, THCS;<br />- Lưu: VT.</td>
<td style="text-align: center;" valign="top"><strong>TRƯỞNG PHÒNG</strong><br /><br />
<em>(Đã ký)</em><br /><br /><strong>Trần Văn Lợi</strong></td></tr></tbody></table>"""


STORIES: list[Story] = [
    Story(
        id=413, slug="tam-dung-tiep-cong-dan-ngay-08-12-2026",
        title="Thông báo tạm dừng tiếp công dân ngày 08/12/2026",
        cat="Thông báo", published_at="2026-12-03T16:20:00+07:00",
        blocks=[
            P("Do Lãnh đạo Phòng Giáo dục và Đào tạo tham dự Hội nghị tổng kết của Sở GD&ĐT Nam "
              "Định, Phòng GD&ĐT huyện Hải Hậu tạm dừng việc tiếp công dân định kỳ ngày thứ Ba, "
              "08/12/2026."),
            P("Lịch tiếp công dân được chuyển sang sáng thứ Năm, 10/12/2026, tại phòng tiếp dân "
              "tầng 1, trụ sở Phòng GD&ĐT (thị trấn Yên Định)."),
            P("Phòng GD&ĐT trân trọng thông báo để các tổ chức, cá nhân được biết."),
            _sign("BBT"),
        ],
        opts={"blog": 1, "cats": [2], "time": "16:20"},
    ),
    Story(
        id=412, slug="so-ket-chuyen-doi-so-trong-truong-hoc",
        title="Hải Hậu tổ chức Hội nghị sơ kết công tác chuyển đổi số trong trường học",
        cat="Tin tức - Sự kiện", published_at="2026-12-03T14:30:00+07:00",
        blocks=[
            P("Chiều ngày 03/12/2026, Phòng GD&ĐT huyện Hải Hậu tổ chức Hội nghị sơ kết công tác "
              "chuyển đổi số trong các nhà trường học kỳ I năm học 2026 - 2027."),
            P("Tham dự hội nghị có đại diện lãnh đạo UBND huyện, lãnh đạo Phòng GD&ĐT cùng hiệu "
              "trưởng, cán bộ phụ trách công nghệ thông tin của 78 trường mầm non, tiểu học và "
              "trung học cơ sở trên địa bàn."),
            Img(_res(1, "IMG_0231.JPG"), "Quang cảnh Hội nghị sơ kết chuyển đổi số",
                "Quang cảnh Hội nghị sơ kết chuyển đổi số", "em"),
            P("Theo báo cáo, 100% các trường đã sử dụng sổ điểm điện tử, học bạ số được triển khai "
              "thí điểm tại 12 trường tiểu học; 94% giáo viên đã được cấp tài khoản và sử dụng "
              "thành thạo hệ thống quản lý trường học."),
            P("Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như hạ tầng mạng ở "
              "một số điểm trường lẻ còn yếu, thiết bị trình chiếu xuống cấp."),
            Img(_res(1, "IMG_0245.JPG"), "(Đồng chí Trưởng phòng GD&ĐT phát biểu kết luận hội nghị)",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu kết luận hội nghị", "em"),
            P("Phát biểu kết luận, đồng chí Trưởng phòng GD&ĐT đề nghị các trường tiếp tục rà "
              "soát dữ liệu, hoàn thành việc cập nhật cơ sở dữ liệu ngành trước ngày 20/12/2026."),
            _sign("Phạm Thu Hương - Phòng GD&ĐT"),
        ],
        authors=["Phạm Thu Hương"],
        opts={"blog": 1, "cats": [1], "time": "14:30", "more": 3,
              "comments": [("Nguyễn Văn Nam", "03/12/2026 20:15",
                            "Bài viết rất hay, mong Phòng tiếp tục hỗ trợ các điểm trường lẻ."),
                           ("Trường TH Hải Minh A", "04/12/2026 07:02",
                            "Nhà trường xin cảm ơn Phòng GD&ĐT đã tổ chức hội nghị.")]},
    ),
    Story(
        id=410, slug="lich-kiem-tra-cuoi-hoc-ky-i",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="Thông báo", published_at="2026-11-30",
        blocks=[
            Raw(_LETTERHEAD),
            P("Căn cứ Kế hoạch thời gian năm học 2026 - 2027 của UBND tỉnh Nam Định; căn cứ hướng "
              "dẫn nhiệm vụ năm học của Sở GD&ĐT, Phòng GD&ĐT huyện Hải Hậu thông báo lịch kiểm "
              "tra cuối học kỳ I như sau:"),
            P("1. Cấp Tiểu học: kiểm tra các môn Tiếng Việt, Toán từ ngày 28/12 đến ngày "
              "30/12/2026."),
            P("2. Cấp THCS: kiểm tra theo đề chung của Phòng các môn Ngữ văn, Toán, Tiếng Anh "
              "ngày 24 và 25/12/2026; các môn còn lại do nhà trường chủ động."),
            P("Các trường nghiêm túc thực hiện, báo cáo kết quả về Phòng GD&ĐT trước ngày "
              "08/01/2027."),
            Raw(_NOTICE_CLOSE),
        ],
        authors=["Trần Văn Lợi"],
        opts={"blog": 1, "cats": [2], "time": "08:00", "day": "2026-12-01"},
    ),
    Story(
        id=409, slug="khai-mac-hoi-khoe-phu-dong-cap-huyen",
        title="Khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
        cat="Tin tức - Sự kiện", published_at="2026-11-26T07:45:00+07:00",
        blocks=[
            P("Sáng 26/11/2026, tại Sân vận động huyện, Phòng GD&ĐT phối hợp với Trung tâm Văn hóa "
              "- Thể thao huyện khai mạc Hội khỏe Phù Đổng cấp huyện."),
            P("Hội khỏe năm nay có hơn 1.200 vận động viên là học sinh của 35 trường tiểu học và "
              "35 trường THCS tranh tài ở 9 môn: điền kinh, bơi, bóng đá, cầu lông, cờ vua, đá "
              "cầu, bóng bàn, võ cổ truyền và kéo co."),
            Img(_res(1, "DSC_5521.JPG"), "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "Các đoàn vận động viên diễu hành tại lễ khai mạc", "em"),
            P("Kết quả Hội khỏe là cơ sở để lựa chọn vận động viên tham dự Hội khỏe Phù Đổng tỉnh "
              "Nam Định lần thứ XI năm 2027."),
            _sign("Tin, ảnh: Vũ Đức Thắng"),
        ],
        authors=["Vũ Đức Thắng"], photographers=["Vũ Đức Thắng"],
        opts={"blog": 1, "cats": [1], "time": "07:45"},
    ),
    Story(
        id=405, slug="thcs-hai-phong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường THCS Hải Phong đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="Tin tức - Sự kiện", published_at="2026-11-18T09:15:00+07:00",
        blocks=[
            P("Ngày 18/11/2026, Trường THCS Hải Phong long trọng tổ chức lễ đón Bằng công nhận "
              "trường đạt chuẩn quốc gia mức độ 2 và kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."),
            P("Sau 5 năm phấn đấu, nhà trường đã xây mới khu phòng học bộ môn, nhà đa năng, "
              "tỷ lệ giáo viên đạt trên chuẩn đạt 92%."),
            Img(_res(1, "HP_chuan_QG.jpg"), None, None, "em"),
            P("Dịp này, UBND huyện tặng Giấy khen cho tập thể nhà trường và 3 cá nhân có thành "
              "tích xuất sắc trong xây dựng trường chuẩn."),
            _sign("Trường THCS Hải Phong"),
        ],
        authors=["Trường THCS Hải Phong"],
        opts={"blog": 1, "cats": [1, 3], "time": "09:15"},
    ),
    Story(
        id=401, slug="27-giao-vien-day-gioi-cap-tinh",
        title="Hải Hậu có 27 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp tỉnh",
        cat="Tin tức - Sự kiện", published_at="2026-11-05T10:00:00+07:00",
        summary=("Kết thúc Hội thi Giáo viên dạy giỏi cấp tỉnh năm học 2026 - 2027, ngành Giáo "
                 "dục Hải Hậu có 27/29 giáo viên dự thi đạt danh hiệu, dẫn đầu toàn tỉnh."),
        blocks=[
            P("Kết thúc Hội thi Giáo viên dạy giỏi cấp tỉnh năm học 2026 - 2027, ngành Giáo dục "
              "Hải Hậu có 27/29 giáo viên dự thi đạt danh hiệu, dẫn đầu toàn tỉnh.", "b"),
            P("Kết quả cụ thể theo cấp học:"),
            P("Cấp học | Số dự thi | Số đạt", "row"),
            P("Mầm non | 8 | 8", "row"),
            P("Tiểu học | 11 | 10", "row"),
            P("THCS | 10 | 9", "row"),
            P("Phòng GD&ĐT đề nghị UBND huyện khen thưởng các giáo viên đạt giải và các trường có "
              "giáo viên tham dự."),
        ],
        opts={"blog": 1, "cats": [1], "time": "10:00", "more": 2},
    ),
    Story(
        id=398, slug="hoi-thao-day-hoc-phat-trien-pham-chat-nang-luc",
        title="Hội thảo chuyên đề “Dạy học phát triển phẩm chất, năng lực học sinh”",
        cat="Tin tức - Sự kiện", published_at="2026-10-22T15:05:00+07:00",
        blocks=[
            P("Ngày 22/10/2026, tại Trường TH Hải Nam, Phòng GD&ĐT tổ chức hội thảo chuyên đề "
              "dạy học phát triển phẩm chất, năng lực học sinh."),
            P("Hội thảo gồm hai tiết dạy minh họa:"),
            P("- Tiết Toán lớp 4 do cô Trần Thị Lan thực hiện;", "line"),
            P("- Tiết Tiếng Việt lớp 3 do cô Đoàn Thị Hoa thực hiện.", "line"),
            P("Các đại biểu đã thảo luận, thống nhất cách tổ chức hoạt động nhóm, cách đánh giá "
              "thường xuyên bằng nhận xét."),
            Raw("Nguồn: Trường TH Hải Nam"),
        ],
        source="Trường TH Hải Nam",
        opts={"blog": 1, "cats": [1], "time": "15:05", "plain": True},
    ),
    Story(
        id=411, slug="sinh-hoat-chuyen-mon-nghien-cuu-bai-hoc-hai-bac",
        title="Chuyên đề “Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học” tại Trường TH Hải Bắc",
        cat="Chuyên môn Tiểu học", published_at="2026-12-02T08:10:00+07:00",
        blocks=[
            P("Sáng 02/12/2026, Tổ Tiểu học Phòng GD&ĐT phối hợp với Trường TH Hải Bắc tổ chức "
              "chuyên đề đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học cho cán bộ quản lý "
              "và tổ trưởng chuyên môn cụm 2."),
            P("Giáo viên dạy minh họa bài “Ôn tập về phân số”, lớp 5A; các thành viên dự giờ tập "
              "trung quan sát hoạt động học của học sinh thay vì nhận xét giáo viên."),
            Img(_res(2, "P1020815.JPG"), "Học sinh lớp 5A trong giờ học minh họa",
                "Học sinh lớp 5A trong giờ học minh họa", "br"),
            P("Buổi chia sẻ sau giờ dạy diễn ra sôi nổi, các ý kiến tập trung vào nguyên nhân "
              "học sinh còn lúng túng và biện pháp điều chỉnh."),
            _sign("ThS. Nguyễn Thị Thanh Mai"),
        ],
        authors=["Nguyễn Thị Thanh Mai"],
        opts={"blog": 2, "cats": [4], "time": "08:10", "more": 2,
              "comments": [("Cô giáo Hải Bắc", "02/12/2026 21:40",
                            "Chuyên đề rất thiết thực, cảm ơn Tổ Tiểu học.")]},
    ),
    Story(
        id=407, slug="ngay-hoi-thieu-nhi-vui-khoe-hai-tan",
        title="Ngày hội “Thiếu nhi vui khỏe - Tiến bước lên Đoàn” ở Trường TH Hải Tân",
        cat="Hoạt động ngoài giờ", published_at="2026-11-14T16:45:00+07:00",
        blocks=[
            P("Chiều 14/11/2026, Liên đội Trường TH Hải Tân tổ chức ngày hội “Thiếu nhi vui khỏe "
              "- Tiến bước lên Đoàn” với sự tham gia của hơn 600 học sinh."),
            Img(_res(2, "IMG_7781.JPG"), "Màn đồng diễn dân vũ của học sinh khối 4, 5",
                "Màn đồng diễn dân vũ của học sinh khối 4, 5", "br"),
            P("Các em tham gia nhiều trò chơi dân gian như kéo co, nhảy bao bố, ném còn; các "
              "chi đội thi trang trí góc học tập xanh - sạch - đẹp."),
            Img(_res(2, "IMG_7790.JPG"), None, None, "br"),
            P("Hoạt động nằm trong chuỗi trải nghiệm của khối Tiểu học, tiếp nối Hội thi Giáo "
              "viên dạy giỏi cấp huyện đầu tháng 11.",
              "a|Hội thi Giáo viên dạy giỏi cấp huyện|/index.php?op=ViewArticle&articleName="
              "hoi-thi-gvdg-tieu-hoc-cap-huyen&blogId=2"),
            _sign("Tin: Đỗ Văn Hải - Ảnh: Lê Thị Hằng"),
        ],
        authors=["Đỗ Văn Hải"], photographers=["Lê Thị Hằng"],
        opts={"blog": 2, "cats": [5], "time": "16:45"},
    ),
    Story(
        id=403, slug="hoi-thi-gvdg-tieu-hoc-cap-huyen",
        title="Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học: 46 giáo viên tham gia",
        cat="Chuyên môn Tiểu học", published_at="2026-11-02",
        blocks=[
            P("Từ ngày 02 đến ngày 06/11/2026, Phòng GD&ĐT tổ chức Hội thi Giáo viên dạy giỏi cấp "
              "huyện bậc Tiểu học với 46 giáo viên của 35 trường tham gia."),
            P("Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và dạy hai tiết "
              "thực hành, trong đó một tiết bốc thăm trước một ngày."),
            P("Ban tổ chức đánh giá các tiết dạy đều bám sát yêu cầu cần đạt của chương trình, "
              "nhiều giáo viên ứng dụng công nghệ thông tin hiệu quả."),
            _sign("Tổ Tiểu học"),
        ],
        authors=["Tổ Tiểu học"],
        opts={"blog": 2, "cats": [4], "time": "00:00"},
    ),
    Story(
        id=408, slug="tap-huan-khtn-gdpt-2018",
        title="Tập huấn dạy học môn Khoa học tự nhiên theo chương trình GDPT 2018",
        cat="Chuyên môn THCS", published_at="2026-11-16T14:00:00+07:00",
        blocks=[
            P("Chiều 16/11/2026, Tổ THCS Phòng GD&ĐT tổ chức tập huấn dạy học môn Khoa học tự "
              "nhiên cho 105 giáo viên các trường THCS trong huyện."),
            P("Báo cáo viên hướng dẫn xây dựng kế hoạch dạy học theo chủ đề liên môn, phân công "
              "giáo viên dạy các mạch nội dung Vật lý, Hóa học, Sinh học hợp lý."),
            P("Các học viên thực hành thiết kế bài dạy “Tốc độ chuyển động” và “Tế bào - đơn vị "
              "cơ sở của sự sống” theo nhóm."),
            _sign("Tổ THCS"),
        ],
        authors=["Tổ THCS"],
        opts={"blog": 3, "cats": [6], "time": "14:00", "more": 1,
              "updated": "20.11.2026 08:05",
              "comments": [("Lê Minh Đức", "17/11/2026 06:30",
                            "Đề nghị Phòng gửi tài liệu tập huấn lên trang Tài liệu.")]},
    ),
    Story(
        id=400, slug="hoi-dien-van-nghe-chao-mung-20-11",
        title="Hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="Công đoàn", published_at="2026-11-19T19:30:00+07:00",
        blocks=[
            P("Tối 19/11/2026, Công đoàn ngành Giáo dục huyện Hải Hậu tổ chức hội diễn văn nghệ "
              "chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."),
            P("Mười hai đội văn nghệ của các cụm trường mang đến những tiết mục ca ngợi nghề "
              "giáo, quê hương Hải Hậu."),
            Img(_res(3, "VN2011_01.jpg"), "(Tiết mục múa “Cô giáo em” của cụm trường số 3)",
                "Tiết mục múa “Cô giáo em” của cụm trường số 3", "em"),
            P("Ban tổ chức trao giải Nhất cho cụm trường số 3, giải Nhì cho cụm số 1 và số 5."),
        ],
        opts={"blog": 3, "cats": [7], "time": "19:30"},
    ),
    Story(
        id=404, slug="cong-doan-trao-qua-giao-vien-kho-khan",
        title="Công đoàn ngành Giáo dục Hải Hậu trao quà cho giáo viên có hoàn cảnh khó khăn",
        cat="Công đoàn", published_at="2026-11-08T09:30:00+07:00",
        blocks=[
            P("Sáng 08/11/2026, Công đoàn ngành Giáo dục huyện Hải Hậu trao 40 suất quà cho giáo "
              "viên, nhân viên có hoàn cảnh khó khăn, mỗi suất trị giá 2 triệu đồng."),
            Img(_res(3, "traoqua.jpg"), "Ảnh: Minh Tuấn", None, "em"),
            P("Nguồn kinh phí do đoàn viên công đoàn toàn ngành đóng góp và các nhà hảo tâm ủng "
              "hộ qua quỹ “Mái ấm công đoàn”."),
            _right("Theo Báo Nam Định"),
        ],
        photographers=["Minh Tuấn"], source="Báo Nam Định",
        opts={"blog": 3, "cats": [7], "time": "09:30"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def _dt_of(story: Story) -> _dt.datetime:
    day = story.opts.get("day") or (story.published_at or "")[:10]
    hh, mm = story.opts["time"].split(":")
    return _dt.datetime.fromisoformat(day).replace(hour=int(hh), minute=int(mm))


def posts_of(blog: int, cat: int | None = None, month: str | None = None) -> list[Story]:
    out = [s for s in STORIES if s.opts["blog"] == blog]
    if cat is not None:
        out = [s for s in out if cat in s.opts["cats"]]
    if month is not None:
        out = [s for s in out if _dt_of(s).strftime("%Y%m") == month]
    return sorted(out, key=_dt_of, reverse=True)


def newest(n: int) -> list[Story]:
    return sorted(STORIES, key=_dt_of, reverse=True)[:n]


def permalink(story: Story) -> str:
    return f"/post/{story.opts['blog']}/{story.id}"


def plain_link(story: Story) -> str:
    return f"/index.php?op=ViewArticle&articleId={story.id}&blogId={story.opts['blog']}"


def comment_link(story: Story) -> str:
    return f"/index.php?op=Comment&articleId={story.id}&blogId={story.opts['blog']}"


def _a(path: str) -> str:
    return esc(path)


def day_heading(story: Story) -> str:
    d = _dt_of(story)
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} tháng {d.month}, {d.year}"


def dotted(story: Story) -> str:
    d = _dt_of(story)
    return f"{d:%d.%m.%Y} | {story.opts['time']}"


# --- rendering of a post's text ---------------------------------------------------------------


def _t(value: str, blog: int) -> str:
    return text(value, entities=BLOGS[blog]["ent"])


def _img_html(img: Img, blog: int) -> str:
    full = img.src.replace("&amp;mode=preview", "")
    name = re.search(r"resource=([^&]+)", img.src).group(1)
    tag = (f'<a id="res_{zlib.crc32(name.encode()) % 900 + 100}" href="{full}" rel="lightbox">'
           f'<img src="{img.src}" alt="{esc(name)}" border="0" width="450" /></a>')
    if img.style == "br":
        line = f"<br />\n<em>{_t(img.printed, blog)}</em>" if img.printed else ""
        return f'<p align="center">{tag}{line}</p>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{_t(img.printed, blog)}</em></p>'
    return out


def _blocks_html(blocks: list, blog: int) -> str:
    parts: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if rows:
            parts.append('<table border="1" cellpadding="3" cellspacing="0" style="width: 90%;">'
                         "<tbody>" + "".join(rows) + "</tbody></table>")
            rows.clear()

    for b in blocks:
        if isinstance(b, P) and b.style == "row":
            cells = "".join(f"<td>{_t(c, blog)}</td>" for c in b.text.split(" | "))
            rows.append(f"<tr>{cells}</tr>")
            continue
        flush()
        if isinstance(b, P):
            if b.style == "b":
                parts.append(f"<p><strong>{_t(b.text, blog)}</strong></p>")
            elif b.style.startswith("a|"):
                _, phrase, href = b.style.split("|")
                before, after = b.text.split(phrase)
                parts.append(f"<p>{_t(before, blog)}<a href=\"{_a(href)}\">{_t(phrase, blog)}</a>"
                             f"{_t(after, blog)}</p>")
            else:
                parts.append(
                    f'<p style="text-align: justify;"><span style="font-family: Times New Roman; '
                    f'font-size: 13pt;">{_t(b.text, blog)}</span></p>')
        elif isinstance(b, Img):
            parts.append(_img_html(b, blog))
        else:
            parts.append(b.html)
    flush()
    return "\n".join(parts)


def _plain_html(blocks: list, blog: int) -> str:
    """The plain-text editor: newlines became ``<br />``, a blank line between paragraphs."""
    out = ""
    for b in blocks:
        line = _t(b.text, blog) if isinstance(b, P) else b.html
        if out:
            out += "<br />\n" if isinstance(b, P) and b.style == "line" else "<br />\n<br />\n"
        out += line
    return out


def post_parts(story: Story) -> tuple[str, str]:
    """(intro, more) markup of the post's text."""
    blog = story.opts["blog"]
    if story.opts.get("plain"):
        return _plain_html(story.blocks, blog), ""
    cut = story.opts.get("more")
    if cut is None:
        return _blocks_html(story.blocks, blog), ""
    return _blocks_html(story.blocks[:cut], blog), _blocks_html(story.blocks[cut:], blog)


# --- chrome ---------------------------------------------------------------------------------


def _cat_link(cid: int, page: int = 1) -> str:
    blog = CATS[cid][0]
    extra = f"&page={page}" if page > 1 else ""
    return f"/index.php?op=Default&postCategoryId={cid}&blogId={blog}{extra}"


def _blog_link(blog: int, page: int = 1) -> str:
    return f"/index.php?blogId={blog}" + (f"&page={page}" if page > 1 else "")


def _months(blog: int) -> list[str]:
    return sorted({_dt_of(s).strftime("%Y%m") for s in posts_of(blog)}, reverse=True)


def _menu(blog: int) -> str:
    blogs = "".join(
        f'<li><a href="{_a(_blog_link(b))}">{esc(info["short"])}</a></li>' for b, info in BLOGS.items()
    )
    cats = "".join(
        f'<li><a href="{_a(_cat_link(c))}">{esc(n)}</a></li>' for c, (b, n) in CATS.items() if b == blog
    )
    return f"""<div id="menungang"><ul class="mnu0">
<li><a href="/">Trang chủ</a></li>
<li><a href="{_a(_blog_link(1))}">Tin tức PGD</a></li>
<li class="cs"><a href="#">Các tổ chuyên môn</a><ul class="mnu1">{blogs}</ul></li>
<li class="cs"><a href="#">Chuyên mục</a><ul class="mnu1">{cats}</ul></li>
<li><a href="{_a(f"/index.php?op=Template&show=gioithieu&blogId={blog}")}">Giới thiệu</a></li>
<li><a href="{_a("/index.php?op=Template&show=lienhe&blogId=1")}">Liên hệ</a></li>
</ul></div>"""


def _sidebar(blog: int) -> str:
    recent = "".join(
        f'<li><a href="{_a(plain_link(s))}">{esc(s.title)}</a></li>' for s in newest(5)
    )
    cats = "".join(
        f'<li><a href="{_a(_cat_link(c))}">{esc(n)}</a> ({len(posts_of(blog, c))})</li>'
        for c, (b, n) in CATS.items() if b == blog
    )
    months = "".join(
        f'<li><a href="{_a(f"/index.php?op=Default&Date={m}&blogId={blog}")}">Tháng {m[4:]}/{m[:4]}'
        f"</a></li>"
        for m in _months(blog)
    )
    return f"""<td id="cot_phai" valign="top" width="230">
<div class="hop"><div class="hop_td">Bài viết mới</div><ul class="dsach">{recent}</ul></div>
<div class="hop"><div class="hop_td">Chuyên mục</div><ul class="dsach">{cats}</ul></div>
<div class="hop"><div class="hop_td">Lưu trữ</div><ul class="dsach">{months}</ul></div>
<div class="hop"><div class="hop_td">Thư viện ảnh</div>
<a href="{_a("/index.php?op=ViewAlbum&albumId=3&blogId=1")}"><img src="{_res(1, "album3/thumb_khaigiang.jpg")}" alt="" width="200" /></a><br />
<a href="{_a("/index.php?op=ViewAlbum&albumId=3&blogId=1")}">Lễ khai giảng năm học 2026 - 2027</a></div>
<div class="hop"><div class="hop_td">Tài liệu</div><ul class="dsach">
<li><a href="{_a("/index.php?op=ViewResource&resId=17&blogId=1")}">Công văn 512/PGDĐT hướng dẫn nhiệm vụ năm học</a></li></ul></div>
<div class="hop"><div class="hop_td">Liên kết</div><ul class="dsach">
<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="http://namdinh.edu.vn" target="_blank">Sở GD&amp;ĐT Nam Định</a></li>
<li><a href="http://haihau.namdinh.gov.vn" target="_blank">Cổng TTĐT huyện Hải Hậu</a></li></ul></div>
<div class="hop"><div class="hop_td">Thăm dò ý kiến</div>
<form action="/index.php" method="post"><input type="hidden" name="op" value="VotePoll" />
<input type="hidden" name="blogId" value="{blog}" />
<p>Bạn đánh giá thế nào về trang tin của Phòng?</p>
<input type="radio" name="answer" value="1" /> Hữu ích<br />
<input type="radio" name="answer" value="2" /> Bình thường<br />
<input type="submit" value="Bình chọn" /></form></div>
<div class="hop"><div class="hop_td">Thống kê truy cập</div>
<p>Đang online: 17<br />Hôm nay: 412<br />Tổng truy cập: 1.538.907</p></div>
<div class="hop"><form action="/index.php" method="get">
<input type="hidden" name="op" value="Search" /><input type="hidden" name="blogId" value="{blog}" />
<input type="text" name="searchTerms" size="18" /> <input type="submit" value="Tìm" /></form></div>
</td>"""


def page(request: Request, blog: int, title: str, crumbs: list[tuple[str, str | None]],
         main: str) -> Response:
    info = BLOGS[blog]
    tpl = info["tpl"]
    crumb = " » ".join(
        f'<a href="{_a(href)}">{esc(label)}</a>' if href else esc(label) for label, href in crumbs
    )
    doc_title = f"{info['name']} » {title}" if title else info["name"]
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="lifetype-1.2.12" />
<title>{esc(doc_title)}</title>
<link rel="stylesheet" type="text/css" href="/templates/{tpl}/style.css" />
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="{_a(f"/rss.php?blogId={blog}&profile=rss20")}" />
<script type="text/javascript" src="/js/ui/plogui.js"></script>
</head>
<body>
<div id="khung">
<div id="dau_trang">
<div class="ngay_hnay">{TODAY_LINE}</div>
<img src="/templates/{tpl}/imgs/banner_pgd.jpg" alt="Phòng GD&amp;ĐT Hải Hậu" width="980" height="120" />
<h1 id="ten_blog"><a href="{_a(_blog_link(blog))}">{esc(info["name"])}</a></h1>
<div class="mota">Trang thông tin điện tử - Phòng Giáo dục và Đào tạo huyện Hải Hậu, tỉnh Nam Định</div>
</div>
{_menu(blog)}
<div class="dduong">{crumb}</div>
<table id="than" cellpadding="0" cellspacing="0" width="100%"><tr>
<td id="cot_chinh" valign="top">
{main}
</td>
{_sidebar(blog)}
</tr></table>
<div id="chan_trang">
<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU</b><br />
Địa chỉ: Thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định<br />
Điện thoại: 0228.3877.215 - Email: pgdhaihau@namdinh.edu.vn<br />
© 2009 - 2026 Phòng GD&amp;ĐT Hải Hậu. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
<p class="pw">Powered by <a href="http://www.lifetype.net">LifeType</a> 1.2 - Template: {tpl}</p>
</div>
</div>
</body>
</html>"""
    return html(body)


# --- posts ----------------------------------------------------------------------------------


def _cats_line(story: Story) -> str:
    return ", ".join(
        f'<a href="{_a(_cat_link(c))}">{esc(CATS[c][1])}</a>' for c in story.opts["cats"]
    )


def _foot_hhd(story: Story, request: Request) -> str:
    n = len(story.opts.get("comments", []))
    com = (f'<a href="{_a(comment_link(story))}">Bình luận ({n})</a>' if "comments" in story.opts
           else "Bình luận (0)")
    return (f'<div class="bv_chan">Đăng bởi <b>quantri</b> lúc {story.opts["time"]} | Chuyên mục: '
            f"{_cats_line(story)} | {com} | Trackback (0) | "
            f'<a href="{_a(permalink(story))}">Liên kết tĩnh</a></div>')


def post_listing(story: Story, request: Request, day_head: bool) -> str:
    blog = story.opts["blog"]
    intro, more = post_parts(story)
    if BLOGS[blog]["tpl"] == "grey":
        more_link = (f'<p class="xt"><a href="{_a(permalink(story))}#more">Xem tiếp »</a></p>'
                     if more else "")
        return f"""<div class="tdbai"><h3><a href="{_a(permalink(story))}">{esc(story.title)}</a></h3></div>
<div class="pinfo">{dotted(story)} | <a href="{_a(_cat_link(story.opts["cats"][0]))}">{esc(CATS[story.opts["cats"][0]][1])}</a></div>
<div class="pbody">{intro}</div>{more_link}
<div class="pfoot">Người đăng: admin_thcs</div>
<hr class="ngan" />"""
    head = f'<div class="ngay_nhom">{day_heading(story)}</div>\n' if day_head else ""
    more_link = (f'<p class="doc_tiep"><a href="{_a(permalink(story))}#more">Đọc tiếp »</a></p>'
                 if more else "")
    return f"""{head}<div class="bv" id="bv{story.id}">
<h2 class="bv_tde"><a href="{_a(permalink(story))}">{esc(story.title)}</a></h2>
<div class="bv_nd">{intro}</div>{more_link}
{_foot_hhd(story, request)}
</div>"""


def listing_html(posts: list[Story], request: Request) -> str:
    out = []
    last_day = None
    for s in posts:
        day = _dt_of(s).date()
        out.append(post_listing(s, request, day != last_day))
        last_day = day
    return "\n".join(out)


def _neighbours(story: Story) -> str:
    posts = posts_of(story.opts["blog"])
    i = posts.index(story)
    parts = []
    if i + 1 < len(posts):
        p = posts[i + 1]
        parts.append(f'« <a href="{_a(permalink(p))}">Bài trước: {esc(p.title)}</a>')
    if i > 0:
        p = posts[i - 1]
        parts.append(f'<a href="{_a(permalink(p))}">Bài sau: {esc(p.title)}</a> »')
    return f'<div class="dieuhuong">{" | ".join(parts)}</div>'


def _comments(story: Story, with_form: bool) -> str:
    items = "".join(
        f'<div class="bl_muc" id="c{story.id * 10 + i}"><div class="bl_ten"><b>{esc(who)}</b> viết '
        f'lúc {when}:</div><div class="bl_nd"><p>{esc(what)}</p></div></div>'
        for i, (who, when, what) in enumerate(story.opts.get("comments", []))
    )
    out = ""
    if items:
        out = f'<a name="comments"></a><div class="ykien"><h4>Ý kiến bạn đọc</h4>{items}</div>'
    if with_form:
        out += f"""<div class="gui_bl"><h4>Gửi bình luận</h4>
<form action="/index.php" method="post" name="NewComment">
<input type="hidden" name="op" value="AddComment" /><input type="hidden" name="articleId" value="{story.id}" />
<input type="hidden" name="blogId" value="{story.opts["blog"]}" /><input type="hidden" name="parentId" value="" />
Tiêu đề: <input type="text" name="commentTopic" /><br />Nội dung:<br /><textarea name="commentText" rows="6" cols="50"></textarea><br />
Họ tên: <input type="text" name="userName" /><br />Email: <input type="text" name="userEmail" /><br />
<input type="submit" value="Gửi" /></form></div>"""
    return out


def article_page(story: Story, request: Request, with_form: bool) -> Response:
    blog = story.opts["blog"]
    intro, more = post_parts(story)
    main_cat = story.opts["cats"][0]
    crumbs = [("Trang chủ", "/"), (BLOGS[blog]["short"], _blog_link(blog)),
              (CATS[main_cat][1], _cat_link(main_cat))]
    tb = (f'<div class="tb_url">Địa chỉ Trackback của bài này: {base_url(request)}'
          f"/trackback.php?id={story.id}</div>")
    if BLOGS[blog]["tpl"] == "grey":
        com = (f'<a href="{_a(comment_link(story))}">Bình luận ({len(story.opts["comments"])})</a>'
               if "comments" in story.opts else "Bình luận (0)")
        upd = f" | Sửa lần cuối: {story.opts['updated']}" if story.opts.get("updated") else ""
        main = f"""<div class="tdbai"><h3>{esc(story.title)}</h3></div>
<div class="pinfo">{dotted(story)} | <a href="{_a(_cat_link(main_cat))}">{esc(CATS[main_cat][1])}</a> | Đã xem: {story.views()} lần</div>
<div class="pbody">{intro}{'<a name="more"></a>' + more if more else ""}</div>
<div class="pfoot">Người đăng: admin_thcs{upd} | {com} | <a href="javascript:window.print()">In bài</a></div>
{tb}
{_neighbours(story)}
{_comments(story, with_form)}"""
    else:
        more_div = f'\n<div class="bv_nd2"><a name="more"></a>{more}</div>' if more else ""
        main = f"""<div class="ngay_nhom">{day_heading(story)}</div>
<div class="bv" id="bv{story.id}">
<h2 class="bv_tde"><a href="{_a(permalink(story))}">{esc(story.title)}</a></h2>
<div class="bv_nd">{intro}</div>{more_div}
{_foot_hhd(story, request)}
<div class="dxem">Đã xem: {story.views()} lần | <a href="javascript:window.print()">In bài</a> | <a href="https://www.facebook.com/sharer.php?u={base_url(request)}{permalink(story)}" target="_blank">Chia sẻ Facebook</a></div>
{tb}
</div>
{_neighbours(story)}
{_comments(story, with_form)}"""
    return page(request, blog, story.title, crumbs, main)


# --- listings -------------------------------------------------------------------------------


def _pager(total: int, cur: int, link) -> str:
    pages = (total + PER_PAGE - 1) // PER_PAGE
    if pages <= 1:
        return ""
    items = []
    if cur > 1:
        items.append(f'<a href="{_a(link(cur - 1))}">« Trước</a>')
    for n in range(1, pages + 1):
        items.append(f"<b>{n}</b>" if n == cur else f'<a href="{_a(link(n))}">{n}</a>')
    if cur < pages:
        items.append(f'<a href="{_a(link(cur + 1))}">Sau »</a>')
    return f'<div class="phantrang">Trang: {" ".join(items)}</div>'


def listing_page(request: Request, blog: int, posts: list[Story], pg: int, link, label: str,
                 crumbs) -> Response | None:
    pages = max(1, (len(posts) + PER_PAGE - 1) // PER_PAGE)
    if pg < 1 or pg > pages:
        return None
    chunk = posts[(pg - 1) * PER_PAGE: pg * PER_PAGE]
    main = (f'<div class="tde_ds">{esc(label)}</div>\n' if label else "") + \
        listing_html(chunk, request) + _pager(len(posts), pg, link)
    return page(request, blog, label, crumbs, main)


def summary_page(request: Request) -> Response:
    items = "".join(
        f"""<div class="tt_muc"><a class="tt_tde" href="{_a(plain_link(s))}">{esc(s.title)}</a>
<span class="tt_blog">({esc(BLOGS[s.opts["blog"]]["short"])} - {_dt_of(s):%d/%m/%Y})</span></div>"""
        for s in newest(6)
    )
    blogs = "".join(
        f'<li><a href="{_a(_blog_link(b))}">{esc(i["name"])}</a> - {len(posts_of(b))} bài viết</li>'
        for b, i in BLOGS.items()
    )
    main = f"""<div class="tde_ds">Bài viết mới nhất</div>{items}
<div class="tde_ds">Các trang tin</div><ul>{blogs}</ul>"""
    return page(request, 1, "", [("Trang chủ", None)], main)


# --- other pages ----------------------------------------------------------------------------

TEMPLATES = {
    ("gioithieu", 1): ("Giới thiệu Phòng GD&ĐT Hải Hậu", [
        "Phòng Giáo dục và Đào tạo huyện Hải Hậu là cơ quan chuyên môn thuộc UBND huyện, tham mưu "
        "quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở.",
        "Toàn huyện có 34 trường mầm non, 35 trường tiểu học, 35 trường THCS với hơn 52.000 học "
        "sinh và 3.100 cán bộ, giáo viên, nhân viên.",
        "Lãnh đạo Phòng: Trưởng phòng Trần Văn Lợi; các Phó Trưởng phòng Nguyễn Thị Hạnh, Vũ "
        "Văn Khoa."]),
    ("lienhe", 1): ("Liên hệ", [
        "Phòng Giáo dục và Đào tạo huyện Hải Hậu - Thị trấn Yên Định, Hải Hậu, Nam Định.",
        "Điện thoại: 0228.3877.215 - Fax: 0228.3877.216 - Email: pgdhaihau@namdinh.edu.vn"]),
    ("gioithieu", 2): ("Giới thiệu Tổ Tiểu học", [
        "Tổ Tiểu học Phòng GD&ĐT gồm 4 chuyên viên, phụ trách chuyên môn 35 trường tiểu học.",
        "Tổ trưởng: Nguyễn Thị Thanh Mai."]),
    ("gioithieu", 3): ("Giới thiệu Tổ THCS", [
        "Tổ THCS Phòng GD&ĐT gồm 5 chuyên viên, phụ trách chuyên môn 35 trường THCS.",
        "Tổ trưởng: Đặng Văn Tiến."]),
}


def template_page(request: Request, show: str, blog: int) -> Response | None:
    found = TEMPLATES.get((show, blog))
    if not found:
        return None
    title, paras = found
    main = f'<div class="tde_ds">{esc(title)}</div><div class="tinh">' + "".join(
        f"<p>{esc(p)}</p>" for p in paras) + "</div>"
    return page(request, blog, title, [("Trang chủ", "/"), (title, None)], main)


def album_page(request: Request) -> Response:
    pics = "".join(
        f'<td><a href="{_res(1, f"album3/khaigiang_{i:02d}.jpg").replace("&amp;mode=preview", "")}">'
        f'<img src="{_res(1, f"album3/khaigiang_{i:02d}.jpg")}" alt="khaigiang_{i:02d}.jpg" width="150" /></a></td>'
        for i in range(1, 7)
    )
    main = f"""<div class="tde_ds">Album: Lễ khai giảng năm học 2026 - 2027</div>
<p>Hình ảnh Lễ khai giảng tại các trường trong huyện ngày 05/9/2026.</p>
<table class="album"><tr>{pics}</tr></table>"""
    return page(request, 1, "Album: Lễ khai giảng năm học 2026 - 2027",
                [("Trang chủ", "/"), ("Thư viện ảnh", None)], main)


def resource_page(request: Request) -> Response:
    main = """<div class="tde_ds">Tài liệu: CV512-PGDDT.pdf</div>
<p>Công văn số 512/PGDĐT ngày 15/9/2026 về việc hướng dẫn thực hiện nhiệm vụ năm học 2026 - 2027.</p>
<p>Kích thước: 284 KB - Loại: application/pdf - Lượt tải: 311</p>
<p><a href="/resserver.php?blogId=1&amp;resource=CV512-PGDDT.pdf">Tải về</a></p>"""
    return page(request, 1, "Tài liệu: CV512-PGDDT.pdf", [("Trang chủ", "/"), ("Tài liệu", None)],
                main)


def search_page(request: Request, blog: int, terms: str) -> Response:
    words = terms.lower().split()
    hits = [s for s in posts_of(blog) if words and all(w in s.title.lower() for w in words)]
    items = "".join(f'<li><a href="{_a(permalink(s))}">{esc(s.title)}</a></li>' for s in hits)
    main = (f'<div class="tde_ds">Kết quả tìm kiếm: {esc(terms)}</div>'
            + (f"<ul>{items}</ul>" if items else "<p>Không tìm thấy bài viết nào.</p>"))
    return page(request, blog, "Tìm kiếm", [("Trang chủ", "/"), ("Tìm kiếm", None)], main)


def rss(request: Request, blog: int) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{permalink(s)}</link>"
        f"<guid>{base}{permalink(s)}</guid></item>"
        for s in posts_of(blog)
    )
    body = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{esc(BLOGS[blog]['name'])}</title><link>{base}{_blog_link(blog)}</link>"
            f"{items}</channel></rss>")
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def resource_file(params: dict[str, str]) -> Response | None:
    name = params.get("resource", "")
    if params.get("blogId") not in {"1", "2", "3"} or not name:
        return None
    if name.lower().endswith(".pdf"):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    return static_file(name)


# --- the site -------------------------------------------------------------------------------


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/":
            return summary_page(request) if not request.query else None
        m = re.fullmatch(r"/post/(\d+)/(\d+)", path)
        if m:
            story = BY_ID.get(int(m.group(2)))
            if story and story.opts["blog"] == int(m.group(1)):
                return article_page(story, request, False)
            return None
        if path == "/resserver.php":
            return resource_file(params)
        if path == "/rss.php":
            blog = _int(params.get("blogId"))
            return rss(request, blog) if blog in BLOGS else None
        if path == "/index.php":
            return self.index(request, params)
        if path.startswith(("/templates/", "/js/")):
            return static_file(path)
        return None

    def index(self, request: Request, params: dict[str, str]) -> Response | None:
        op = params.get("op", "Default")
        blog = _int(params.get("blogId", "1"))
        if blog not in BLOGS:
            return None
        if request.method == "POST":
            form = request.form
            if form.get("op") in {"VotePoll", "AddComment"}:
                return page(request, blog, "Cảm ơn", [("Trang chủ", "/")],
                            "<p>Cảm ơn bạn đã gửi ý kiến.</p>")
            return None
        if op in {"ViewArticle", "Comment"}:
            story = None
            if params.get("articleId"):
                story = BY_ID.get(_int(params["articleId"]) or -1)
            elif op == "ViewArticle" and params.get("articleName"):
                story = BY_SLUG.get(params["articleName"])
            if story is None or story.opts["blog"] != blog:
                return None
            if op == "Comment" and "comments" not in story.opts:
                return None
            return article_page(story, request, op == "Comment")
        if op == "Template":
            return template_page(request, params.get("show", ""), blog)
        if op == "ViewAlbum":
            return album_page(request) if params.get("albumId") == "3" and blog == 1 else None
        if op == "ViewResource":
            return resource_page(request) if params.get("resId") == "17" and blog == 1 else None
        if op == "Search":
            return search_page(request, blog, params.get("searchTerms", ""))
        if op != "Default":
            return None
        pg = _int(params.get("page", "1"))
        if pg is None:
            return None
        short = BLOGS[blog]["short"]
        if "postCategoryId" in params:
            cid = _int(params["postCategoryId"])
            if cid not in CATS or CATS[cid][0] != blog:
                return None
            return listing_page(request, blog, posts_of(blog, cid), pg,
                                lambda n: _cat_link(cid, n), CATS[cid][1],
                                [("Trang chủ", "/"), (short, _blog_link(blog)), (CATS[cid][1], None)])
        if "Date" in params:
            month = params["Date"]
            if month not in _months(blog):
                return None
            label = f"Lưu trữ tháng {month[4:]}/{month[:4]}"

            def link(n: int, month: str = month) -> str:
                return f"/index.php?op=Default&Date={month}&blogId={blog}" + (
                    f"&page={n}" if n > 1 else "")

            return listing_page(request, blog, posts_of(blog, month=month), pg, link, label,
                                [("Trang chủ", "/"), (short, _blog_link(blog)), (label, None)])
        return listing_page(request, blog, posts_of(blog), pg, lambda n: _blog_link(blog, n), "",
                            [("Trang chủ", "/"), (short, None)])


def build_site() -> Site:
    return Site()


def _alts(story: Story) -> list[str]:
    alts = [plain_link(story)]
    if story.slug == "hoi-thi-gvdg-tieu-hoc-cap-huyen":
        alts.append(f"/index.php?op=ViewArticle&articleName={story.slug}&blogId=2")
    if "comments" in story.opts:
        alts.append(comment_link(story))
    return alts


GOLD = [gold_record(s, permalink(s), s.cat, alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/index.php?op=Template&show=gioithieu&blogId=1",
    "/index.php?op=Template&show=lienhe&blogId=1",
    "/index.php?op=Template&show=gioithieu&blogId=2",
    "/index.php?op=Template&show=gioithieu&blogId=3",
    "/index.php?op=ViewAlbum&albumId=3&blogId=1",
    "/index.php?op=ViewResource&resId=17&blogId=1",
    "/index.php?op=Default&postCategoryId=3&blogId=1",
]
