"""Trường Chính trị tỉnh Kon Tum on XWiki 15 (Java): Blog application, Flamingo skin (recoloured).

Platform
    XWiki 15.10 with short URLs configured (``/bin/view/...``); the servlet's long form
    ``/xwiki/bin/view/...`` still answers with the same page. The Blog application keeps posts
    as pages ``Blog.<PageName>`` (BlogPostClass: title, content, extract, category list,
    publishDate); categories are pages ``Blog.Categories.<Cat>``; the intro pages are a nested
    space ``GioiThieu``. The Flamingo skin is customised with the school's colours and a top
    bar printing today's date.

URL scheme
    ``/``                                           302 to ``/bin/view/Main/`` (the wiki's home)
    ``/bin/view/Main/``                             home: 4 latest posts, intro links
    ``/bin/view/Blog/``                             blog index, 5 posts a page;
                                                    ``?category=&pageNumber=<N>`` (query-only links)
    ``/bin/view/Blog/?category=Blog.Categories.<Cat>&pageNumber=<N>``  a category's page N (N >= 2)
    ``/bin/view/Blog/Categories/<Cat>``             category page 1 (3 posts, title + extract)
    ``/bin/view/Blog/<PageName>``                   a post; ``?viewer=comments`` adds the comments;
                                                    ``/xwiki/bin/view/Blog/<PageName>`` same page
    ``/bin/view/GioiThieu/`` and ``/bin/view/GioiThieu/<Page>``  static pages (non-articles)
    ``/bin/download/Blog/<PageName>/<file>?width=720&rev=1.1``    attachments (images, files)
    ``/bin/login/XWiki/XWikiLogin``                 login form; ``/bin/create/...`` 302s there
    ``/bin/view/Main/Search``                       search page (GET form in the header)

Page templates
    Every page: Flamingo navbar (logo, menu with drop-downs, search form, "Đăng nhập"), a
    custom top bar with today's date ("Thứ Bảy, 05/12/2026"), the breadcrumb
    ``#hierarchy_breadcrumb``, ``#document-title`` h1, ``#document-info`` (last modification),
    ``#xwikicontent``, ``#xdocFooter`` (creation), the docextra tabs, the right panels
    (categories, "Bài viết gần đây", links, visitor counter, poll) and the footer.
    A post's ``#xwikicontent`` holds the Blog sheet: ``div.hentry.single-article`` with a date
    box, an optional extract ``div.entry-summary``, ``div.entry-content`` (the wiki content as
    XWiki renders it) and ``div.entry-footer`` (posted by/at, categories, share tools), then
    "Bài viết khác" (two newest other posts of the same category).

How each gold article is reached
    Home lists posts 1–4; the "Bài viết gần đây" panel links posts 1–5 in the /xwiki/ form;
    the blog index pages 1/2/3 hold posts 1–5 / 6–10 / 11–13; category pages hold 3 posts and
    link page 2 (``/bin/view/Blog/?category=…&pageNumber=2``) for "Hoạt động của Trường" and
    "Đào tạo - Bồi dưỡng". Posts 9, 10, 12 and 13 are reachable only through page 2+ of a
    listing (index pages 2–3, category page 2).

Traps
    1. Discovery starts with a redirect: ``/`` answers 302 to ``/bin/view/Main/``. Gold: the
       start path is ``/``; nothing on ``/`` itself.
    2. The blog index prints posts without an extract IN FULL (date box, title, whole content,
       images, footer) — XWiki Blog shows the extract only when a post has one. The index
       pages look like articles but are listings. Gold: they are not articles (not in GOLD).
    3. Pagination links are query-only relative URLs (``href="?category=&amp;pageNumber=2"``),
       prev/next are icon glyphs with no text; the current page is a ``<span>``. Gold: posts
       11–13 are on ``/bin/view/Blog/?category=&pageNumber=3``; posts 9, 10, 12, 13 only on
       page 2+ listings.
    4. The breadcrumb of a post is "Trang chủ / Tin tức - Sự kiện / <title>": the Blog
       space's title, not the category. The category is printed only in the footer line
       "Chuyên mục: …", and one post (#8) is filed under two categories
       ("Nghiên cứu khoa học, Đào tạo - Bồi dưỡng") and so listed under both. Gold: category =
       the first name on the "Chuyên mục" line.
    5. Three dates in the same ``yyyy/MM/dd HH:mm`` format around a post: the Flamingo
       document-info above the content ("Sửa lần cuối bởi … vào 2026/12/02 09:14"), the
       document footer ("Tạo bởi Quản trị Cổng TTĐT vào 2026/10/28 16:02", when the draft was
       created, days before publication) and the Blog footer ("Đăng bởi … vào 2026/11/03
       10:30"). The date box at the top splits the day into spans with no separator
       ("03" "Tháng 11" "2026"). Gold: published_at = the "Đăng … vào" stamp; midnight stamps
       (posts 4 and 13) are days alone.
    6. ``{{toc}}`` in post 5 renders a ``ul.wikitoc`` list of the headings at the top of
       the content: list items that are not text (the headings they repeat are). Gold: TOC
       entries are not body.
    7. ``{{footnote}}`` (post 5) renders a bare ``<sup class="footnoteRef"><a>1</a></sup>``
       after the sentence and an ``ol.footnotes`` at the end whose entries start with a "^"
       back-link. Gold: the numbers are not text, the notes are body paragraphs without "^".
    8. Images: ``alt`` is the attachment's file name ("DSC_0142.JPG"), never a caption;
       ``src`` carries ``?width=720&rev=1.1``. Captions are either a ``<figcaption>`` of the
       figure macro, or the centred italic paragraph under the image
       (``<p style="text-align: center;"><em>…</em></p>``) — which looks like a text
       paragraph; an italic line that only credits ("Ảnh: Hồng Nhung") is a photographer.
       Gold: captions as printed, not body; image paths with the query.
    9. ``?viewer=comments`` serves the post followed by its comments (commenter names,
       comment dates after the post, comment text in ``<p>``). Gold: an alt path of the post;
       comments are not body, commenters not authors.
   10. Page names made from titles: posts 3 and 12 have Vietnamese page names with spaces,
       linked percent-encoded (``/bin/view/Blog/Khai%20gi%E1%BA%A3ng%20…``). Gold: the path
       as linked (upper-case percent-encoding, ``%20``).
   11. Links to pages that do not exist render as ``span.wikicreatelink`` → ``/bin/create/…``
       (post 7 mentions a resolution that has no page yet); they 302 to the login form. Gold:
       the link text stays in its sentence; the target is no page of the site.
   12. Bylines: the Blog footer names the CMS account ("Đăng bởi Quản trị Cổng TTĐT") on
       every post; the real author signs at the end of the content in a right-aligned bold
       paragraph, with degree and unit ("ThS. Phan Thị Lan - Khoa Nhà nước và pháp luật").
       Gold: the signer without degree/unit; the account is nobody.
   13. Post 2 is an official notice in a letterhead table (Đảng ủy style: "TỈNH ỦY KON TUM /
       TRƯỜNG CHÍNH TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM"), posted a day after its date, with an
       attachment line. Gold: date = letterhead day 2026-11-30; signer = author; letterhead,
       "THÔNG BÁO / Về việc …", "Nơi nhận" and the attachment line are not body.
   14. The "Bài viết gần đây" panel links posts 1–5 in the long ``/xwiki/bin/view`` form on
       every page; pages print ``<link rel="canonical">`` to the short form. Gold: alt paths.

Gold decisions on ambiguous points
    - published_at: the Blog's "Đăng … vào" stamp (publishDate); not the document's creation
      or last-modification stamps; for the official notice the letterhead day.
    - summary: the ``div.entry-summary`` extract when a post prints one (posts 1, 6: it is the
      body's first paragraph), or a bold lead paragraph (post 4); else null.
    - category: the first category of the "Chuyên mục" line, as printed.
    - Table rows (post 6) are paragraphs with cells joined by " | ", header row included.
    - The italic centred line under an image is its caption even when it is a full sentence.
    - "Bài: X - Ảnh: Y" → authors [X], photographers [Y]; "Tin, ảnh: X" → X in both.
    - A unit signing alone ("Phòng Tổ chức - Hành chính") is the author as printed.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "xwiki_tct"
PLATFORM = "XWiki 15 (Java) Blog application, Flamingo skin"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
SITE = "Trường Chính trị tỉnh Kon Tum"
BLOG_TITLE = "Tin tức - Sự kiện"
ACCOUNT = "Quản trị Cổng TTĐT"
PER_PAGE = 5
CAT_PER_PAGE = 3

CATS = {
    "HoatDong": "Hoạt động của Trường",
    "DaoTao": "Đào tạo - Bồi dưỡng",
    "NghienCuu": "Nghiên cứu khoa học",
    "ThongBao": "Thông báo",
}


def _dl(page: str, name: str, width: int = 720) -> str:
    return f"/bin/download/Blog/{quote(page, safe='')}/{name}?width={width}&rev=1.1"


def _right(textline: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(textline)}</strong></p>')


# --- the 13 posts, newest first -------------------------------------------------------------

_P3 = "Khai giảng lớp bồi dưỡng lý luận chính trị dành cho đối tượng kết nạp Đảng"
_P12 = "Học viên lớp Trung cấp khóa 45 nghiên cứu thực tế tại Đăk Glei"

STORIES: list[Story] = [
    Story(
        1, "HoiNghiVienChucNguoiLaoDong2027",
        "Trường Chính trị tỉnh Kon Tum tổ chức Hội nghị viên chức, người lao động năm 2027",
        "HoatDong", "2026-12-03T15:45:00+07:00",
        [
            P("Sáng 03/12, Trường Chính trị tỉnh Kon Tum tổ chức Hội nghị viên chức, người lao "
              "động năm 2027. Dự hội nghị có toàn thể cán bộ, giảng viên, viên chức và người lao "
              "động của Trường."),
            Img(_dl("HoiNghiVienChucNguoiLaoDong2027", "DSC_0142.JPG"),
                "Quang cảnh Hội nghị viên chức, người lao động năm 2027",
                "Quang cảnh Hội nghị viên chức, người lao động năm 2027", "figure"),
            P("Năm 2026, Nhà trường đã mở 14 lớp với 1.126 học viên, vượt 8% kế hoạch. Trong đó "
              "có 4 lớp Trung cấp lý luận chính trị - hành chính, 6 lớp bồi dưỡng đối tượng kết "
              "nạp Đảng và Đảng viên mới, 4 lớp bồi dưỡng cập nhật kiến thức cho cán bộ cơ sở."),
            P("Công tác nghiên cứu khoa học tiếp tục được chú trọng; 02 đề tài khoa học cấp "
              "trường được nghiệm thu đạt loại khá trở lên, nhiều bài viết của giảng viên được "
              "đăng trên các tạp chí chuyên ngành."),
            P("Hội nghị đã thảo luận, thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở "
              "và biểu quyết thông qua Nghị quyết Hội nghị với tỷ lệ đồng thuận cao."),
            Img(_dl("HoiNghiVienChucNguoiLaoDong2027", "DSC_0177.JPG"),
                "Đồng chí Hiệu trưởng trao Giấy khen cho các cá nhân có thành tích xuất sắc",
                "Đồng chí Hiệu trưởng trao Giấy khen cho các cá nhân có thành tích xuất sắc",
                "figure"),
            P("Dịp này, Nhà trường khen thưởng 3 tập thể và 12 cá nhân có thành tích xuất sắc "
              "trong thực hiện nhiệm vụ năm 2026."),
            _right("Phòng Tổ chức - Hành chính"),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        summary="Hội nghị là dịp để viên chức, người lao động đánh giá kết quả thực hiện nhiệm "
        "vụ năm 2026 và bàn giải pháp thực hiện nhiệm vụ chính trị năm 2027.",
        sapo_outside=True,
        opts={"posted": "2026/12/03 15:45", "created": "2026/12/03 11:20", "modified": "2026/12/04 08:05",
              "comments": [
                  ("Nguyễn Văn Tài", "2026/12/04 07:31", "Chúc mừng Nhà trường đã hoàn thành tốt nhiệm vụ năm 2026!"),
                  ("Y Bliêng", "2026/12/04 20:12", "Mong năm 2027 Trường mở thêm lớp tại các huyện xa."),
              ]},
    ),
    Story(
        2, "ThongBaoChieuSinhTCLLCTK46",
        "Thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành chính khóa 46 (hệ không tập trung)",
        "ThongBao", "2026-11-30",
        [
            Raw('<table class="letterhead" style="width: 100%; border: none;"><tbody><tr>'
                '<td style="text-align: center; width: 45%;">TỈNH ỦY KON TUM<br/>'
                '<strong>TRƯỜNG CHÍNH TRỊ</strong><br/>*<br/>Số: 215-TB/TCT</td>'
                '<td style="text-align: center;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong>'
                '<br/><br/><em>Kon Tum, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>'),
            Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Về việc chiêu sinh lớp Trung cấp lý luận '
                'chính trị - hành chính khóa 46 (hệ không tập trung)</strong></p>'),
            P("Thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, "
              "Trường Chính trị tỉnh thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành "
              "chính khóa 46, hệ không tập trung, như sau:"),
            P("1. Đối tượng: cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, "
              "quản lý cấp phòng và tương đương; cán bộ chủ chốt cấp xã."),
            P("2. Thời gian đào tạo: 08 tháng, khai giảng dự kiến ngày 05/01/2027."),
            P("3. Hồ sơ gửi về Phòng Quản lý đào tạo - Nghiên cứu khoa học trước ngày 25/12/2026."),
            P("Đề nghị các cơ quan, đơn vị cử cán bộ tham gia học tập đúng đối tượng, đủ số lượng."),
            Raw('<p><strong><em>Nơi nhận:</em></strong><br/>- Thường trực Tỉnh ủy (b/c);<br/>'
                '- Các huyện ủy, thành ủy, đảng ủy trực thuộc;<br/>- Lưu VT, QLĐT.</p>'),
            Raw('<p style="text-align: right;"><strong>KT. HIỆU TRƯỞNG<br/>PHÓ HIỆU TRƯỞNG</strong>'
                '<br/><em>(Đã ký)</em><br/><strong>Lê Thị Hồng Vân</strong></p>'),
            Raw('<p class="attachment-line">Tệp đính kèm: <span class="wikiattachmentlink">'
                '<a href="/bin/download/Blog/ThongBaoChieuSinhTCLLCTK46/Mau-phieu-dang-ky.docx">'
                'Mau-phieu-dang-ky.docx</a></span></p>'),
        ],
        authors=["Lê Thị Hồng Vân"],
        opts={"posted": "2026/12/01 08:00", "created": "2026/11/30 16:40", "modified": "2026/12/01 08:02"},
    ),
    Story(
        3, _P3, _P3, "DaoTao", "2026-11-27T09:00:00+07:00",
        [
            P("Ngày 27/11, Trường Chính trị tỉnh Kon Tum phối hợp với Ban Tuyên giáo Huyện ủy Sa "
              "Thầy khai giảng lớp bồi dưỡng lý luận chính trị dành cho đối tượng kết nạp Đảng "
              "đợt 3 năm 2026."),
            P("Lớp học có 68 học viên là quần chúng ưu tú đang công tác, sinh hoạt tại các chi "
              "bộ, đảng bộ cơ sở trên địa bàn huyện."),
            Img(_dl(_P3, "IMG_2034.jpg"), "Các học viên tham dự lễ khai giảng",
                "Các học viên tham dự lễ khai giảng", "next"),
            P("Trong thời gian 5 ngày, học viên được nghiên cứu 6 chuyên đề về chủ nghĩa Mác - "
              "Lênin, tư tưởng Hồ Chí Minh, Điều lệ Đảng và nhiệm vụ của người đảng viên."),
            P("Kết thúc khóa học, học viên viết bài thu hoạch; những học viên đạt yêu cầu được cấp "
              "giấy chứng nhận theo quy định."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Trần Minh Đức</strong></p>'),
        ],
        authors=["Trần Minh Đức"],
        photographers=["Trần Minh Đức"],
        opts={"posted": "2026/11/27 09:00", "created": "2026/11/27 08:41", "modified": "2026/11/28 14:10",
              "comments": [("Đinh Thị Mai", "2026/11/28 10:05", "Lớp học rất bổ ích, cảm ơn các thầy cô.")]},
    ),
    Story(
        4, "GapMatKyNiem44NamNgayNhaGiao",
        "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "HoatDong", "2026-11-20",
        [
            P("Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Trường Chính trị tỉnh tổ chức "
              "gặp mặt cán bộ, giảng viên, nhà giáo nghỉ hưu qua các thời kỳ.", "lead"),
            P("Phát biểu tại buổi gặp mặt, đồng chí Hiệu trưởng ôn lại truyền thống vẻ vang của "
              "Nhà trường và ghi nhận những đóng góp to lớn của các thế hệ nhà giáo."),
            P("Đồng chí nhấn mạnh: đội ngũ giảng viên cần không ngừng học tập, đổi mới phương "
              "pháp giảng dạy, gắn lý luận với thực tiễn của địa phương."),
            Img(_dl("GapMatKyNiem44NamNgayNhaGiao", "NGVN_01.jpg"), "Ảnh: Hồng Nhung", None, "next"),
            P("Các thế hệ nhà giáo nghỉ hưu bày tỏ vui mừng trước sự phát triển của Nhà trường "
              "và mong muốn tập thể tiếp tục giữ vững danh hiệu \"Tập thể lao động xuất sắc\"."),
            _right("Hồng Nhung"),
        ],
        authors=["Hồng Nhung"],
        photographers=["Hồng Nhung"],
        summary="Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Trường Chính trị tỉnh tổ chức "
        "gặp mặt cán bộ, giảng viên, nhà giáo nghỉ hưu qua các thời kỳ.",
        opts={"posted": "2026/11/20 00:00", "created": "2026/11/18 17:25", "modified": "2026/11/21 09:30",
              "comments": [
                  ("Phạm Văn Hòa", "2026/11/20 19:40", "Kính chúc các thầy cô luôn mạnh khỏe."),
                  ("A Thuận", "2026/11/21 06:55", "Nhớ mãi những năm tháng học tập tại Trường."),
                  ("Lê Thu Trang", "2026/11/22 21:02", "Tri ân các thế hệ nhà giáo!"),
              ]},
    ),
    Story(
        5, "HoiThaoNghienCuuThucTe",
        "Hội thảo khoa học: Nâng cao chất lượng nghiên cứu thực tế của học viên hệ trung cấp",
        "NghienCuu", "2026-11-16T14:20:00+07:00",
        [
            P("Chiều 16/11, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường về nâng cao "
              "chất lượng nghiên cứu thực tế của học viên hệ trung cấp lý luận chính trị - hành chính."),
            P("Thực trạng hoạt động nghiên cứu thực tế", "h2"),
            P("Nghiên cứu thực tế là nội dung bắt buộc trong chương trình đào tạo, giúp học viên "
              "vận dụng kiến thức đã học vào phân tích tình hình cụ thể của địa phương.", "fn:1"),
            P("Tuy nhiên, một số báo cáo thu hoạch còn nặng về mô tả, chưa đề xuất được giải pháp "
              "khả thi; thời gian đi thực tế ở một số lớp còn ngắn.", "fn:2"),
            P("Giải pháp được đề xuất", "h2"),
            P("Đổi mới khâu chuẩn bị đề cương, giao chủ đề sát với nhiệm vụ của địa phương.", "li"),
            P("Tăng cường vai trò hướng dẫn của giảng viên chủ nhiệm và báo cáo viên cơ sở.", "li"),
            P("Chuẩn hóa tiêu chí chấm báo cáo thu hoạch theo hướng đánh giá năng lực.", "li"),
            P("Kết luận hội thảo, đồng chí Phó Hiệu trưởng đề nghị các khoa tiếp thu ý kiến, hoàn "
              "thiện hướng dẫn trước khi triển khai cho lớp khóa 46."),
            _right("ThS. Phan Thị Lan - Khoa Nhà nước và pháp luật"),
            P("Quy định số 11-QĐ/TW ngày 14/02/2019 của Ban Bí thư về trách nhiệm của người đứng "
              "đầu cấp ủy.", "note"),
            P("Báo cáo tổng kết công tác đào tạo năm học 2025 - 2026 của Trường Chính trị tỉnh.", "note"),
        ],
        authors=["Phan Thị Lan"],
        opts={"posted": "2026/11/16 14:20", "created": "2026/11/10 10:02", "modified": "2026/11/17 08:48",
              "toc": True},
    ),
    Story(
        6, "BeGiangLopTCLLCTK44",
        "Bế giảng lớp Trung cấp lý luận chính trị - hành chính khóa 44 hệ tập trung",
        "DaoTao", "2026-11-10T16:00:00+07:00",
        [
            P("Sau 8 tháng học tập, 52 học viên lớp Trung cấp lý luận chính trị - hành chính khóa "
              "44 hệ tập trung đã hoàn thành chương trình và được cấp bằng tốt nghiệp."),
            P("Kết quả xếp loại tốt nghiệp của lớp như sau:"),
            P("Xếp loại | Số học viên | Tỷ lệ", "hrow"),
            P("Giỏi | 15 | 28,8%", "row"),
            P("Khá | 34 | 65,4%", "row"),
            P("Trung bình | 3 | 5,8%", "row"),
            Img(_dl("BeGiangLopTCLLCTK44", "BG_K44.jpg"),
                "Lãnh đạo Trường trao bằng tốt nghiệp cho các học viên đạt loại giỏi",
                "Lãnh đạo Trường trao bằng tốt nghiệp cho các học viên đạt loại giỏi", "next"),
            P("Thay mặt lớp, học viên Y Khoa cảm ơn sự tận tình của các thầy cô và hứa vận dụng "
              "kiến thức đã học vào công tác."),
            Raw('<p style="text-align: right;"><strong>Bài: Nguyễn Thị Thu Hà - Ảnh: Vũ Quốc Toản</strong></p>'),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Vũ Quốc Toản"],
        summary="52/52 học viên hoàn thành chương trình, trong đó 15 học viên tốt nghiệp loại giỏi.",
        sapo_outside=True,
        opts={"posted": "2026/11/10 16:00", "created": "2026/11/09 15:12", "modified": "2026/11/12 10:00"},
    ),
    Story(
        7, "SinhHoatChuyenDeQuyIV",
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        "HoatDong", "2026-11-04T10:30:00+07:00",
        [
            P("Ngày 04/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề với chủ đề nâng "
              "cao chất lượng sinh hoạt chi bộ theo tinh thần Nghị quyết số 21-NQ/TW của Hội nghị "
              "Trung ương 4 khóa XIII.", "create:Nghị quyết số 21-NQ/TW|NghiQuyet21NQTW"),
            P("Các đảng viên tập trung thảo luận ba nhóm vấn đề:"),
            P("Thứ nhất, đổi mới nội dung sinh hoạt, tránh hình thức, đơn điệu;"),
            P("Thứ hai, phát huy vai trò tự phê bình và phê bình;", "br"),
            P("Thứ ba, gắn sinh hoạt chi bộ với nhiệm vụ chuyên môn của khoa.", "br"),
            P("Chủ tịch Hồ Chí Minh đã dạy: \"Chi bộ là nền móng của Đảng, chi bộ tốt thì mọi "
              "việc sẽ tốt\".", "quote"),
            P("Kết thúc buổi sinh hoạt, Chi bộ thống nhất đăng ký thực hiện 5 nội dung đột phá "
              "trong năm 2027."),
            _right("Chi bộ Khoa Xây dựng Đảng"),
        ],
        authors=["Chi bộ Khoa Xây dựng Đảng"],
        opts={"posted": "2026/11/04 10:30", "created": "2026/11/04 09:55", "modified": "2026/11/30 15:21"},
    ),
    Story(
        8, "NghiemThuDeTaiCapTruong2026",
        "Nghiệm thu 02 đề tài khoa học cấp trường năm 2026",
        "NghienCuu", "2026-10-29T08:15:00+07:00",
        [
            P("Ngày 28/10, Hội đồng khoa học Trường Chính trị tỉnh Kon Tum tổ chức nghiệm thu 02 "
              "đề tài khoa học cấp trường năm 2026."),
            P("Đề tài thứ nhất nghiên cứu giải pháp nâng cao chất lượng bồi dưỡng lý luận chính "
              "trị cho đảng viên là người dân tộc thiểu số tại các xã vùng sâu, vùng xa của tỉnh."),
            P("Đề tài thứ hai đánh giá việc vận dụng phương pháp giảng dạy tích cực trong các lớp "
              "trung cấp lý luận chính trị - hành chính giai đoạn 2022 - 2026."),
            P("Hội đồng đánh giá cả hai đề tài đạt loại khá, có giá trị tham khảo cho công tác giảng "
              "dạy và có thể ứng dụng ngay tại Trường."),
            _right("TS. Lê Văn Thành - Phòng Quản lý đào tạo"),
        ],
        authors=["Lê Văn Thành"],
        opts={"posted": "2026/10/29 08:15", "created": "2026/10/28 17:30", "modified": "2026/10/29 08:15",
              "cats2": ["DaoTao"]},
    ),
    Story(
        9, "GiaoLuuTheThaoChaoMungDaiHoi",
        "Giao lưu thể thao chào mừng Đại hội đại biểu Đảng bộ Trường nhiệm kỳ 2025 - 2030",
        "HoatDong", "2026-10-23T14:00:00+07:00",
        [
            P("Chiều 22/10, Công đoàn Trường Chính trị tỉnh phối hợp với Đoàn Thanh niên tổ chức "
              "giao lưu bóng chuyền, cầu lông với các cơ quan khối Đảng tỉnh."),
            Img(_dl("GiaoLuuTheThaoChaoMungDaiHoi", "BongChuyen.jpg"),
                "Trận giao lưu bóng chuyền nam giữa Trường Chính trị và Ban Tuyên giáo Tỉnh ủy",
                "Trận giao lưu bóng chuyền nam giữa Trường Chính trị và Ban Tuyên giáo Tỉnh ủy", "figure"),
            P("Hoạt động nhằm tăng cường tình đoàn kết, tạo không khí phấn khởi trong cán bộ, đảng "
              "viên, viên chức, hướng tới thành công của Đại hội."),
            P("Kết quả, đội bóng chuyền nam của Trường giành giải Nhì, đội cầu lông đôi nữ giành "
              "giải Nhất."),
            _right("Quang Huy"),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Kon Tum điện tử</em></p>'),
        ],
        authors=["Quang Huy"],
        source="Báo Kon Tum điện tử",
        opts={"posted": "2026/10/23 14:00", "created": "2026/10/23 13:10", "modified": "2026/10/24 07:00"},
    ),
    Story(
        10, "HoiThiGiangVienDayGioi2026",
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "DaoTao", "2026-10-19T07:45:00+07:00",
        [
            P("Từ ngày 14 - 18/10, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp "
              "trường năm 2026 với sự tham gia của 11 giảng viên đến từ 4 khoa chuyên môn."),
            P("Mỗi giảng viên trình bày một bài giảng 45 phút, được Ban Giám khảo đánh giá theo "
              "các tiêu chí về nội dung, phương pháp và tác phong sư phạm."),
            P("Kết quả, Ban Tổ chức trao:"),
            P("01 giải Nhất cho giảng viên Nguyễn Thị Bích Thủy (Khoa Lý luận cơ sở);", "oli"),
            P("02 giải Nhì và 03 giải Ba;", "oli"),
            P("05 giấy công nhận giảng viên dạy giỏi cấp trường.", "oli"),
            P("Hội thi là dịp để giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy "
              "theo hướng phát huy tính tích cực của người học."),
            _right("Phòng Quản lý đào tạo - Nghiên cứu khoa học"),
        ],
        authors=["Phòng Quản lý đào tạo - Nghiên cứu khoa học"],
        opts={"posted": "2026/10/19 07:45", "created": "2026/10/18 16:30", "modified": "2026/10/19 07:45"},
    ),
    Story(
        11, "ThongBaoTiepNhanHoSoThiDuaKhenThuong",
        "Thông báo tiếp nhận hồ sơ đề nghị khen thưởng năm 2026",
        "ThongBao", "2026-10-14T09:30:00+07:00",
        [
            P("Để kịp thời tổng hợp, trình cấp có thẩm quyền khen thưởng, Hội đồng Thi đua - Khen "
              "thưởng Trường đề nghị các khoa, phòng hoàn thiện hồ sơ đề nghị khen thưởng năm 2026."),
            P("Hồ sơ gồm tờ trình, biên bản họp bình xét và báo cáo thành tích của tập thể, cá nhân."),
            P("Thời hạn nộp hồ sơ: trước 16 giờ 30 ngày 30/11/2026 tại Phòng Tổ chức - Hành chính."),
            _right("Hội đồng Thi đua - Khen thưởng"),
        ],
        authors=["Hội đồng Thi đua - Khen thưởng"],
        opts={"posted": "2026/10/14 09:30", "created": "2026/10/14 09:12", "modified": "2026/11/02 10:44"},
    ),
    Story(
        12, _P12, _P12, "HoatDong", "2026-10-08T15:00:00+07:00",
        [
            P("Từ ngày 05 - 08/10, 47 học viên lớp Trung cấp lý luận chính trị - hành chính khóa 45 "
              "đi nghiên cứu thực tế tại huyện Đăk Glei."),
            Img(_dl(_P12, "NCTT_DakGlei.jpg"), "Học viên làm việc với Ủy ban nhân dân xã Đăk Pék",
                "Học viên làm việc với Ủy ban nhân dân xã Đăk Pék", "next"),
            P("Đoàn đã làm việc với Huyện ủy, Ủy ban nhân dân huyện và tìm hiểu mô hình trồng sâm "
              "Ngọc Linh gắn với giảm nghèo bền vững của đồng bào Xơ Đăng."),
            P("Qua chuyến đi, học viên có thêm tư liệu thực tiễn để hoàn thành báo cáo thu hoạch "
              "cuối khóa."),
            _right("Nguyễn Hữu Phước"),
        ],
        authors=["Nguyễn Hữu Phước"],
        opts={"posted": "2026/10/08 15:00", "created": "2026/10/08 14:02", "modified": "2026/10/09 09:10"},
    ),
    Story(
        13, "KhaiGiangLopDangVienMoiDot2",
        "Khai giảng lớp bồi dưỡng Đảng viên mới đợt 2 năm 2026",
        "DaoTao", "2026-10-02",
        [
            P("Ngày 02/10, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng lý luận chính trị cho "
              "đảng viên mới đợt 2 năm 2026 với 73 học viên thuộc Đảng bộ Khối các cơ quan tỉnh."),
            P("Chương trình gồm 8 chuyên đề, tập trung vào những vấn đề cơ bản về Đảng Cộng sản "
              "Việt Nam, nhiệm vụ của đảng viên và công tác xây dựng Đảng ở cơ sở."),
            P("Đây là đợt bồi dưỡng cuối cùng trong năm dành cho đảng viên mới của Khối."),
        ],
        opts={"posted": "2026/10/02 00:00", "created": "2026/09/30 10:00", "modified": "2026/10/02 07:30"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_PAGE = {s.slug: s for s in STORIES}
RECENT = STORIES[:5]


def post_path(story: Story) -> str:
    return "/bin/view/Blog/" + quote(story.slug, safe="")


def story_cats(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("cats2", [])]


# --- static (non-article) pages --------------------------------------------------------------

STATIC_PAGES: dict[str, tuple[str, str]] = {
    "": ("Giới thiệu", (
        "<p>Trường Chính trị tỉnh Kon Tum là cơ sở đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý "
        "của hệ thống chính trị ở địa phương, trực thuộc Tỉnh ủy Kon Tum.</p>"
        '<ul><li><span class="wikilink"><a href="/bin/view/GioiThieu/LichSuPhatTrien">Lịch sử phát '
        'triển</a></span></li><li><span class="wikilink"><a href="/bin/view/GioiThieu/CoCauToChuc">'
        'Cơ cấu tổ chức</a></span></li><li><span class="wikilink"><a href="/bin/view/GioiThieu/'
        'BanGiamHieu">Ban Giám hiệu</a></span></li><li><span class="wikilink"><a href="/bin/view/'
        'GioiThieu/LienHe">Liên hệ</a></span></li></ul>')),
    "LichSuPhatTrien": ("Lịch sử phát triển", (
        "<p>Tiền thân của Trường là Trường Đảng tỉnh Kon Tum, được thành lập năm 1991 khi tái lập "
        "tỉnh. Năm 2001, Trường được đổi tên thành Trường Chính trị tỉnh Kon Tum.</p>"
        "<p>Năm 2024, Trường được công nhận đạt chuẩn mức 1 theo Quy định số 09-QĐ/TW.</p>")),
    "CoCauToChuc": ("Cơ cấu tổ chức", (
        "<p>Ban Giám hiệu gồm Hiệu trưởng và 02 Phó Hiệu trưởng.</p>"
        "<ul><li>Phòng Tổ chức - Hành chính</li><li>Phòng Quản lý đào tạo - Nghiên cứu khoa học</li>"
        "<li>Khoa Xây dựng Đảng</li><li>Khoa Lý luận cơ sở</li><li>Khoa Nhà nước và pháp luật</li>"
        "<li>Khoa Dân vận</li></ul>")),
    "BanGiamHieu": ("Ban Giám hiệu", (
        "<table><tbody><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>"
        "<tr><td>Nguyễn Đình Khang</td><td>Hiệu trưởng</td><td>0260 3862 101</td></tr>"
        "<tr><td>Lê Thị Hồng Vân</td><td>Phó Hiệu trưởng</td><td>0260 3862 102</td></tr>"
        "<tr><td>A Khoa</td><td>Phó Hiệu trưởng</td><td>0260 3862 103</td></tr></tbody></table>")),
    "LienHe": ("Liên hệ", (
        "<p>Địa chỉ: 270 Trần Phú, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum.</p>"
        "<p>Điện thoại: 0260 3862 100 - Email: truongchinhtri@kontum.gov.vn</p>")),
}

NON_ARTICLES = [
    "/bin/view/GioiThieu/",
    "/bin/view/GioiThieu/LichSuPhatTrien",
    "/bin/view/GioiThieu/CoCauToChuc",
    "/bin/view/GioiThieu/BanGiamHieu",
    "/bin/view/GioiThieu/LienHe",
]


# --- rendering -------------------------------------------------------------------------------


def xid(heading: str) -> str:
    """XWiki's generated heading id: "H" + letters, non-ASCII as the hex of its UTF-8 bytes."""
    out = []
    for ch in unicodedata.normalize("NFC", heading):
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif not ch.isascii():
            out.append(ch.encode("utf-8").hex().upper())
    return "H" + "".join(out)


def _img(block: Img) -> str:
    name = block.src.split("?")[0].rsplit("/", 1)[-1]
    tag = f'<img src="{esc(block.src)}" alt="{esc(name)}" width="720"/>'
    if block.style == "figure":
        return (f'<figure class="figure"><p>{tag}</p><figcaption class="figcaption">'
                f"{esc(block.printed or '')}</figcaption></figure>")
    out = f'<p style="text-align: center;">{tag}</p>'
    if block.printed:
        out += f'<p style="text-align: center;"><em>{esc(block.printed)}</em></p>'
    return out


def _ptext(block: P) -> str:
    body = esc(block.text)
    if block.style.startswith("create:"):
        phrase, page = block.style[7:].split("|")
        link = (f'<span class="wikicreatelink"><a href="/bin/create/Blog/{page}?parent=Blog.'
                f'WebHome" title="Tạo trang: {esc(phrase)}"><span class="wikigeneratedlinkcontent">'
                f"{esc(phrase)}</span></a></span>")
        body = body.replace(esc(phrase), link, 1)
    if block.style.startswith("fn:"):
        n = block.style[3:]
        body += (f'<sup id="x_footnote_ref_{n}" class="footnoteRef"><a href="#x_footnote_{n}">'
                 f"{n}</a></sup>")
    return body


def render_content(story: Story) -> str:
    """The wiki content as XWiki renders it (inside div.entry-content)."""
    out: list[str] = []
    blocks = story.blocks
    if story.opts.get("toc"):
        items = "".join(
            f'<li><span class="wikilink"><a href="#{xid(b.text)}">{esc(b.text)}</a></span></li>'
            for b in blocks if isinstance(b, P) and b.style == "h2")
        out.append(f'<ul class="wikitoc">{items}</ul>')
    i = 0
    notes: list[str] = []
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b))
        elif b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{_ptext(blocks[i])}</li>")
                i += 1
            out.append(f"<{tag}>{''.join(items)}</{tag}>")
            continue
        elif b.style in ("hrow", "row"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("hrow", "row"):
                cell = "th" if blocks[i].style == "hrow" else "td"
                scope = ' scope="col"' if cell == "th" else ""
                rows.append("<tr>" + "".join(
                    f"<{cell}{scope}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | ")) + "</tr>")
                i += 1
            out.append(f'<table class="table table-bordered"><tbody>{"".join(rows)}</tbody></table>')
            continue
        elif b.style == "quote":
            out.append(f"<blockquote><p>{_ptext(b)}</p></blockquote>")
        elif b.style in ("h2", "h3"):
            out.append(f'<{b.style} id="{xid(b.text)}" class="wikigeneratedheader">'
                       f"<span>{esc(b.text)}</span></{b.style}>")
        elif b.style == "lead":
            out.append(f"<p><strong>{_ptext(b)}</strong></p>")
        elif b.style == "note":
            notes.append(b.text)
        else:
            parts = [_ptext(b)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                parts.append(_ptext(blocks[i]))
            out.append("<p>" + "<br/>".join(parts) + "</p>")
        i += 1
    if notes:
        lis = "".join(
            f'<li><div class="footnote" id="x_footnote_{n}"><a href="#x_footnote_ref_{n}">^</a> '
            f"{esc(t)}</div></li>" for n, t in enumerate(notes, 1))
        out.append(f'<ol class="footnotes">{lis}</ol>')
    return "\n".join(out)


_MONTHS = {f"{m:02d}": f"Tháng {m}" for m in range(1, 13)}


def _date_box(story: Story) -> str:
    y, m, d = story.opts["posted"][:10].split("/")
    return (f'<div class="blog-datebox"><span class="bd-d">{d}</span><span class="bd-m">'
            f'{_MONTHS[m]}</span><span class="bd-y">{y}</span></div>')


def _cat_links(story: Story) -> str:
    return ", ".join(f'<a rel="tag" href="/bin/view/Blog/Categories/{c}">{esc(CATS[c])}</a>'
                     for c in story_cats(story))


def _entry_footer(story: Story) -> str:
    return (
        '<div class="entry-footer"><div class="entry-info">Đăng bởi <address class="author vcard">'
        f'<a class="url fn" href="/bin/view/XWiki/quantri">{ACCOUNT}</a></address> vào '
        f'<span class="blog-published">{story.opts["posted"]}</span></div>'
        f'<div class="blog-categories"><span class="ctg-lbl">Chuyên mục:</span> {_cat_links(story)}</div>'
        '</div>'
    )


def _share(path: str, base: str) -> str:
    return (
        '<div class="entry-tools"><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u='
        f'{quote(base + path, safe="")}" target="_blank" rel="noopener">Chia sẻ Facebook</a> '
        '<a href="javascript:window.print()" class="tool-print">In bài</a> '
        '<a href="mailto:?subject=Bai%20viet" class="tool-mail">Gửi email</a></div>'
    )


def _others(story: Story) -> str:
    pool = [s for s in STORIES if s is not story and story.cat in story_cats(s)][:2]
    if not pool:
        return ""
    items = "".join(f'<li><a href="{post_path(s)}">{esc(s.title)}</a> '
                    f'<span class="muted">({s.opts["posted"][:10]})</span></li>' for s in pool)
    return f'<div class="blog-others"><h3 class="others-h">Bài viết khác</h3><ul>{items}</ul></div>'


def render_post(story: Story, base: str, comments: bool) -> str:
    summary = ""
    if story.summary and story.sapo_outside:
        summary = f'<div class="entry-summary"><p>{esc(story.summary)}</p></div>'
    content = (
        f'<div class="hentry single-article">{_date_box(story)}{summary}'
        f'<div class="entry-content"><div class="xwiki-content-inner">{render_content(story)}</div></div>'
        f"{_entry_footer(story)}{_share(post_path(story), base)}</div>{_others(story)}"
    )
    extra = ""
    n = len(story.opts.get("comments", []))
    if comments:
        items = "".join(
            f'<div id="xwikicomment_{k}" class="reply"><div class="commentavatar"><img '
            f'src="/skins/flamingo/icons/noavatar.png" alt="{esc(who)}"/></div>'
            f'<div class="commentheader"><span class="commentauthor">{esc(who)}</span> '
            f'<span class="commentdate">{when}</span></div><div class="commentcontent"><p>{esc(what)}</p>'
            f"</div></div>" for k, (who, when, what) in enumerate(story.opts.get("comments", [])))
        extra = (f'<div id="commentscontent" class="xwikiintracontent"><h2>Bình luận ({n})</h2>'
                 f'<div class="commentthread">{items}</div>'
                 '<p class="noitems">Bạn cần đăng nhập để bình luận.</p></div>')
    return content + extra


# --- listing entries ----------------------------------------------------------------------


def _listing_entry(story: Story, full: bool) -> str:
    path = post_path(story)
    head = (f'<div class="hentry">{_date_box(story)}<h2 class="entry-title"><a href="{path}">'
            f"{esc(story.title)}</a></h2>")
    if story.summary and story.sapo_outside:
        body = (f'<div class="entry-summary"><p>{esc(story.summary)}</p></div>'
                f'<p class="readmore"><a href="{path}">Đọc tiếp »</a></p>')
    elif full:
        body = f'<div class="entry-content">{render_content(story)}</div>'
    else:
        first = next(b for b in story.blocks if isinstance(b, P))
        body = (f'<div class="entry-summary"><p>{esc(first.text[:160])}…</p></div>'
                f'<p class="readmore"><a href="{path}">Đọc tiếp »</a></p>')
    return head + body + _entry_footer(story) + "</div>"


def _pager(current: int, total: int, link) -> str:
    if total <= 1:
        return ""
    parts = ['<div class="paginationFilter"><span class="pagination">']
    if current > 1:
        parts.append(f'<a class="prevPagination" href="{esc(link(current - 1))}" title="Trang trước">'
                     '<span class="fa fa-angle-left" aria-hidden="true"></span></a>')
    parts.append('<span class="pagesLinks">')
    for n in range(1, total + 1):
        if n == current:
            parts.append(f'<span class="currentPage">{n}</span>')
        else:
            parts.append(f'<a href="{esc(link(n))}">{n}</a>')
    parts.append("</span>")
    if current < total:
        parts.append(f'<a class="nextPagination" href="{esc(link(current + 1))}" title="Trang sau">'
                     '<span class="fa fa-angle-right" aria-hidden="true"></span></a>')
    parts.append("</span></div>")
    return "".join(parts)


# --- chrome --------------------------------------------------------------------------------


def _menu() -> str:
    cats = "".join(f'<li><a href="/bin/view/Blog/Categories/{k}">{esc(v)}</a></li>' for k, v in CATS.items())
    intro = "".join(f'<li><a href="/bin/view/GioiThieu/{k}">{esc(v[0])}</a></li>'
                    for k, v in STATIC_PAGES.items() if k and k != "LienHe")
    return (
        '<ul class="nav navbar-nav" id="tct-mainmenu">'
        '<li><a href="/bin/view/Main/">Trang chủ</a></li>'
        '<li class="dropdown"><a href="/bin/view/GioiThieu/" class="dropdown-toggle" data-toggle="dropdown">'
        f'Giới thiệu <b class="caret"></b></a><ul class="dropdown-menu">{intro}</ul></li>'
        '<li class="dropdown"><a href="/bin/view/Blog/" class="dropdown-toggle" data-toggle="dropdown">'
        f'Tin tức - Sự kiện <b class="caret"></b></a><ul class="dropdown-menu">{cats}</ul></li>'
        '<li><a href="/bin/view/GioiThieu/LienHe">Liên hệ</a></li></ul>'
    )


def _panels() -> str:
    counts = {k: sum(1 for s in STORIES if k in story_cats(s)) for k in CATS}
    cats = "".join(f'<li><a href="/bin/view/Blog/Categories/{k}">{esc(v)}</a> ({counts[k]})</li>'
                   for k, v in CATS.items())
    recent = "".join(f'<li><a href="/xwiki{post_path(s)}">{esc(s.title)}</a></li>' for s in RECENT)
    return (
        '<div id="rightPanels" class="panels right panel-width-Medium">'
        '<div class="panel expanded BlogCategories"><h1 class="xwikipaneltitle">Danh mục</h1>'
        f'<div class="xwikipanelcontents"><ul class="blog-categories-list">{cats}</ul></div></div>'
        '<div class="panel expanded RecentBlogPosts"><h1 class="xwikipaneltitle">Bài viết gần đây</h1>'
        f'<div class="xwikipanelcontents"><ul>{recent}</ul></div></div>'
        '<div class="panel expanded LienKet"><h1 class="xwikipaneltitle">Liên kết</h1>'
        '<div class="xwikipanelcontents"><ul><li><a href="https://www.kontum.gov.vn/" rel="external">'
        'Cổng TTĐT tỉnh Kon Tum</a></li><li><a href="https://baokontum.com.vn/" rel="external">Báo Kon Tum'
        '</a></li><li><a href="https://www.hcma.vn/" rel="external">Học viện CTQG Hồ Chí Minh</a></li></ul>'
        '</div></div>'
        '<div class="panel expanded ThongKe"><h1 class="xwikipaneltitle">Thống kê truy cập</h1>'
        '<div class="xwikipanelcontents"><p>Đang online: 17</p><p>Hôm nay: 482</p>'
        '<p>Tổng truy cập: 1.208.377</p></div></div>'
        '<div class="panel expanded BinhChon"><h1 class="xwikipaneltitle">Thăm dò ý kiến</h1>'
        '<div class="xwikipanelcontents"><form onsubmit="return false;"><p>Bạn đánh giá thế nào về '
        'Cổng thông tin của Trường?</p><label><input type="radio" name="bc" value="1"/> Rất hữu ích</label>'
        '<br/><label><input type="radio" name="bc" value="2"/> Hữu ích</label><br/><label><input '
        'type="radio" name="bc" value="3"/> Chưa hữu ích</label><br/><button type="button">Bình chọn'
        '</button></form></div></div></div>'
    )


def _page(request: Request, title: str, crumbs: list[tuple[str, str]], body: str, *,
          canonical: str, space: str, info: str = "", footer_info: str = "", extras: str = "",
          description: str = "") -> Response:
    base = base_url(request)
    crumb_html = "".join(
        f'<li class="{"active" if n == len(crumbs) - 1 else "space"}"><a href="{href}">{esc(label)}</a></li>'
        for n, (label, href) in enumerate(crumbs))
    desc = f'<meta name="description" content="{esc(description)}"/>' if description else ""
    page = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<title>{esc(title)} - {SITE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<meta name="generator" content="XWiki"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
{desc}
<link rel="canonical" href="{base}{canonical}"/>
<link rel="stylesheet" type="text/css" href="/skins/flamingo/style.min.css?cache-version=1733211000000"/>
<link rel="stylesheet" type="text/css" href="/bin/skin/skins/flamingo/tct-colors.css"/>
<script src="/resources/js/xwiki/xwiki-min.js?cache-version=1733211000000"></script>
</head>
<body id="body" class="skin-flamingo wiki-xwiki space-{space} viewbody">
<div id="xwikimaincontainer"><div id="xwikimaincontainerinner">
<div id="tct-topbar" style="background:#9b1b1e;color:#fff;">
<span class="tct-today">{HEADER_DATE}</span> | <span>Cổng thông tin điện tử {SITE}</span></div>
<nav class="navbar navbar-default actionmenu" style="background:#b7282e;">
<div class="container-fluid"><div class="navbar-header">
<a class="navbar-brand" href="/bin/view/Main/"><img src="/skins/flamingo/tct/logo-tct.png" alt="{SITE}"/></a>
</div>
<div id="xwikimainmenu">{_menu()}
<form class="navbar-form navbar-right" id="globalsearch" action="/bin/view/Main/Search" method="get" role="search">
<label class="sr-only" for="headerglobalsearchinput">Tìm kiếm</label>
<input type="text" name="text" id="headerglobalsearchinput" placeholder="Tìm kiếm..."/>
<button type="submit" class="btn">Tìm</button></form>
<ul class="nav navbar-nav navbar-right"><li><a href="/bin/login/XWiki/XWikiLogin" rel="nofollow" class="icon-navbar">Đăng nhập</a></li></ul>
</div></div></nav>
<div id="contentcontainer" class="content hidelefthasright"><div id="contentcontainerinner">
<div class="leftsidecolumns"><div id="contentcolumn"><div class="main">
<div id="hierarchy"><ol id="hierarchy_breadcrumb" class="breadcrumb breadcrumb-expandable">{crumb_html}</ol></div>
<div class="row document-header"><div class="document-info col-xs-12">
<div id="document-title"><h1>{esc(title)}</h1></div>
{f'<div class="xdocLastModification">{info}</div>' if info else ''}
</div></div>
<hr/>
<div class="row"><div id="xwikicontent" class="col-xs-12">
{body}
</div></div>
{f'<div id="xdocFooter"><div id="xdocAuthors"><div class="xdocCreation">{footer_info}</div></div></div>' if footer_info else ''}
{extras}
</div></div></div>
{_panels()}
<div class="clearfloats"></div>
</div></div>
<footer class="footerglobal" id="footerglobal" style="background:#7a1518;color:#fff;">
<div id="xwikilicence"><p><strong>{SITE.upper()}</strong></p>
<p>Địa chỉ: 270 Trần Phú, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum</p>
<p>Điện thoại: 0260 3862 100 - Fax: 0260 3862 199 - Email: truongchinhtri@kontum.gov.vn</p>
<p>© 2026 Bản quyền thuộc {SITE}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
<div id="xwikiplatformversion">XWiki 15.10.8</div>
</footer>
</div></div>
</body></html>"""
    return html(page)


def _user(name: str = "quantri") -> str:
    return f'<a href="/bin/view/XWiki/{name}" class="wikilink">{esc(ACCOUNT if name == "quantri" else name)}</a>'


# --- the site ------------------------------------------------------------------------------

HOME = [("Trang chủ", "/bin/view/Main/")]
BLOG = [*HOME, (BLOG_TITLE, "/bin/view/Blog/")]


class XWikiSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect("/bin/view/Main/")
        if request.method not in ("GET", "HEAD"):
            return None
        if path.startswith("/bin/download/"):
            return self.download(path)
        static = static_file(path)
        if static is not None and not path.startswith("/bin/view/"):
            return static
        if path.startswith("/xwiki/bin/view/"):
            path = path[len("/xwiki"):]
        params = request.params
        if path.startswith("/bin/create/"):
            return redirect("/bin/login/XWiki/XWikiLogin?xredirect=" + quote(request.target, safe=""))
        if path == "/bin/login/XWiki/XWikiLogin":
            return self.login(request)
        if path == "/bin/view/Main/":
            return self.home(request) if not request.query else None
        if path == "/bin/view/Main/Search":
            return self.search(request)
        if path == "/bin/view/Blog/":
            return self.index(request, params)
        if path.startswith("/bin/view/Blog/Categories/"):
            key = path.rsplit("/", 1)[-1]
            if key in CATS and not request.query:
                return self.category(request, key)
            return None
        if path.startswith("/bin/view/Blog/"):
            story = BY_PAGE.get(unicodedata.normalize("NFC", unquote(path[len("/bin/view/Blog/"):])))
            if story is None:
                return None
            viewer = params.get("viewer")
            if viewer not in (None, "comments"):
                return None
            return self.post(request, story, viewer == "comments")
        if path.startswith("/bin/view/GioiThieu/"):
            key = path[len("/bin/view/GioiThieu/"):]
            if key in STATIC_PAGES and not request.query:
                return self.static(request, key)
        return None

    def download(self, path: str) -> Response | None:
        parts = [unquote(p) for p in path.split("/")]
        if len(parts) != 6 or parts[3] != "Blog" or unicodedata.normalize("NFC", parts[4]) not in BY_PAGE:
            return None
        if parts[5].endswith(".docx"):
            return Response(200, b"PK\x03\x04 docx placeholder", {
                "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Content-Disposition": f'attachment; filename="{parts[5]}"'})
        return static_file(parts[5])

    def post(self, request: Request, story: Story, comments: bool) -> Response:
        path = post_path(story)
        n = len(story.opts.get("comments", []))
        tabs = (
            '<div id="xwikidata"><div id="docextras"><ul class="nav nav-tabs" id="docExtraTabs">'
            + (f'<li><a id="Commentslink" href="{path}?viewer=comments">Bình luận ({n})</a></li>' if n else
               '<li><span id="Commentslink" class="disabled">Bình luận (0)</span></li>')
            + '<li><a id="Historylink" href="#History" rel="nofollow">Lịch sử</a></li>'
            '<li><a id="Informationlink" href="#Information" rel="nofollow">Thông tin</a></li></ul></div></div>'
        )
        return _page(
            request, story.title, [*BLOG, (story.title, path)],
            render_post(story, base_url(request), comments),
            canonical=path, space="Blog",
            info=f"Sửa lần cuối bởi {_user()} vào {story.opts['modified']}",
            footer_info=f"Tạo bởi {_user()} vào {story.opts['created']}",
            extras=tabs,
            description=story.summary or story.title,
        )

    def home(self, request: Request) -> Response:
        items = []
        for s in STORIES[:4]:
            img = next(iter(s.images), None)
            thumb = (f'<img src="{esc(img.src.replace("width=720", "width=240"))}" alt="" class="thumb"/>'
                     if img else "")
            items.append(f'<div class="tin-moi-item">{thumb}<h3><a href="{post_path(s)}">{esc(s.title)}</a>'
                         f'</h3><span class="date">{s.opts["posted"][:10]}</span></div>')
        body = (
            '<div class="tct-home"><div class="tct-block"><h2 class="tct-block-title">Tin mới</h2>'
            f'{"".join(items)}<p><a href="/bin/view/Blog/">Xem tất cả »</a></p></div>'
            '<div class="tct-block"><h2 class="tct-block-title">Giới thiệu</h2>'
            '<p>Trường Chính trị tỉnh Kon Tum - đào tạo, bồi dưỡng cán bộ của hệ thống chính trị.</p>'
            '<p><a href="/bin/view/GioiThieu/">Xem thêm »</a></p></div></div>'
        )
        return _page(request, "Trang chủ", HOME, body, canonical="/bin/view/Main/", space="Main")

    def index(self, request: Request, params: dict[str, str]) -> Response | None:
        allowed = {"category", "pageNumber"}
        if set(params) - allowed:
            return None
        cat_ref = params.get("category", "")
        try:
            number = int(params.get("pageNumber", "1"))
        except ValueError:
            return None
        if cat_ref:
            key = cat_ref.removeprefix("Blog.Categories.")
            if key not in CATS or number < 2:
                return None
            posts = [s for s in STORIES if key in story_cats(s)]
            per = CAT_PER_PAGE
            title = CATS[key]

            def link(n: int) -> str:
                if n == 1:
                    return f"/bin/view/Blog/Categories/{key}"
                return f"/bin/view/Blog/?category=Blog.Categories.{key}&pageNumber={n}"
            full = False
        else:
            posts, per, title, full = STORIES, PER_PAGE, BLOG_TITLE, True

            def link(n: int) -> str:
                return "/bin/view/Blog/" if n == 1 else f"?category=&pageNumber={n}"
        total = (len(posts) + per - 1) // per
        if not 1 <= number <= total:
            return None
        chunk = posts[(number - 1) * per: number * per]
        entries = "".join(_listing_entry(s, full) for s in chunk)
        body = f'<div class="blog-list">{entries}</div>{_pager(number, total, link)}'
        crumbs = BLOG if not cat_ref else [*BLOG, (title, f"/bin/view/Blog/Categories/{cat_ref[16:]}")]
        return _page(request, title, crumbs, body, canonical="/bin/view/Blog/" if number == 1 else
                     f"/bin/view/Blog/?category={cat_ref}&pageNumber={number}", space="Blog")

    def category(self, request: Request, key: str) -> Response:
        posts = [s for s in STORIES if key in story_cats(s)]
        total = (len(posts) + CAT_PER_PAGE - 1) // CAT_PER_PAGE
        entries = "".join(_listing_entry(s, False) for s in posts[:CAT_PER_PAGE])

        def link(n: int) -> str:
            return f"/bin/view/Blog/?category=Blog.Categories.{key}&pageNumber={n}"
        body = (f'<p class="category-desc">Các bài viết thuộc chuyên mục <strong>{esc(CATS[key])}</strong>.</p>'
                f'<div class="blog-list">{entries}</div>{_pager(1, total, link)}')
        return _page(request, CATS[key], [*BLOG, (CATS[key], f"/bin/view/Blog/Categories/{key}")], body,
                     canonical=f"/bin/view/Blog/Categories/{key}", space="Blog.Categories")

    def static(self, request: Request, key: str) -> Response:
        title, body = STATIC_PAGES[key]
        crumbs = [*HOME, ("Giới thiệu", "/bin/view/GioiThieu/")]
        if key:
            crumbs.append((title, f"/bin/view/GioiThieu/{key}"))
        return _page(request, title, crumbs, body, canonical=f"/bin/view/GioiThieu/{key}", space="GioiThieu",
                     info=f"Sửa lần cuối bởi {_user()} vào 2026/09/15 10:20")

    def search(self, request: Request) -> Response:
        q = request.params.get("text", "")
        body = (f'<form action="/bin/view/Main/Search" method="get"><input type="text" name="text" value="{esc(q)}"/>'
                '<button type="submit">Tìm</button></form><p class="noitems">Không tìm thấy kết quả nào.</p>')
        return _page(request, "Tìm kiếm", [*HOME, ("Tìm kiếm", "/bin/view/Main/Search")], body,
                     canonical="/bin/view/Main/Search", space="Main")

    def login(self, request: Request) -> Response:
        body = ('<form id="loginForm" action="/bin/loginsubmit/XWiki/XWikiLogin" method="post">'
                '<label>Tên đăng nhập <input type="text" name="j_username"/></label>'
                '<label>Mật khẩu <input type="password" name="j_password"/></label>'
                '<button type="submit">Đăng nhập</button></form>')
        return _page(request, "Đăng nhập", [*HOME, ("Đăng nhập", "/bin/login/XWiki/XWikiLogin")], body,
                     canonical="/bin/login/XWiki/XWikiLogin", space="XWiki")


def build_site() -> XWikiSite:
    return XWikiSite()


def _alt_paths(story: Story) -> list[str]:
    path = post_path(story)
    alts = []
    if story.opts.get("comments"):
        alts.append(path + "?viewer=comments")
    if story in RECENT:
        alts.append("/xwiki" + path)
    return alts


GOLD = [
    gold_record(s, post_path(s), CATS[s.cat], alt_paths=_alt_paths(s))
    for s in STORIES
]

_TAG = re.compile(r"<[^>]+>")


def page_text(markup: str) -> str:
    """Tags removed, entities decoded, whitespace collapsed (for the self-check)."""
    return re.sub(r"\s+", " ", _html.unescape(_TAG.sub("", markup))).strip()
