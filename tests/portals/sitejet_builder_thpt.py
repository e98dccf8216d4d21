"""Trường THPT Nguyễn Khuyến (tư thục), thành phố Nam Định, on the Sitejet website builder.

Platform
--------
Sitejet (a builder that a web agency hosts for the school): every box of a page is an
``<div class="ed-element ed-… " id="ed-<9 digits>">`` with an ``<div class="inner">`` inside for
containers; the blog module prints post cards (``ed-blog``) and a post view built from a post
template (breadcrumb text box, ``ed-headline`` box with the ``<h1>``, a meta text box with a
``<time>``, then the post's own boxes: ``ed-text``, ``ed-image``, ``ed-headline``, ``ed-button``,
``ed-html``). Images live under ``/images/<width>/<number>/<file>.jpg`` with a ``srcset`` of
other widths.

URL scheme
----------
- ``/``                               home (builder page): slider, "Tin mới nhất" box of 4 cards
- ``/blog`` and ``/blog?page=N``      the blog list, 5 cards a page, only a "Xem thêm bài viết"
                                      link to the next page (N = 2, 3); ``?page=1`` = ``/blog``
- ``/blog/category/<slug>``           a category: its 3 newest cards and "Xem tất cả" -> /blog
- ``/blog/<slug>``                    a post; ``/blog/<slug>-<5-digit id>`` serves the same post
                                      (Sitejet resolves the id), except where the id form is the
                                      post's own slug (a slug collision, see traps)
- ``/<slug>``                         builder pages: gioi-thieu, doi-ngu-giao-vien,
                                      tuyen-sinh-lop-10, thu-vien-anh, lien-he, chinh-sach-bao-mat
- ``/images/…``                       images (tiny placeholders)

How each gold article is reached
--------------------------------
The blog list pages 1–3 hold all 13 cards (newest first). Category pages show only the 3 newest
of a category, so "Hội nghị cán bộ, viên chức…" (tin-tuc-su-kien) and the October "Thông báo lịch
họp cha mẹ học sinh" are reachable only from ``/blog?page=3`` (or by walking the posts'
"Bài trước / Bài tiếp" links). The home's "Tin mới nhất" box links the 4 newest posts in their id
form ``/blog/<slug>-<id>`` (alt_paths of those records).

Traps
-----
1. UTC ``<time datetime>``: Sitejet stores posts in UTC; the meta line prints the local day
   ("20.11.2026") while ``datetime`` and ``article:published_time`` say "2026-11-19T23:40:00+00:00".
   Gold: the instant in Asia/Ho_Chi_Minh, "2026-11-20T06:40:00+07:00" (a crawler that keeps the
   attribute's calendar day is a day early on three posts).
2. Local midnight written in UTC: "2026-10-14T17:00:00+00:00" is 00:00 on 15.10 in Nam Định: a day
   without a time, gold "2026-10-15" (the attribute shows no "00:00" to recognise).
3. Slug collision: two different posts share the title "Thông báo lịch họp cha mẹ học sinh"; the
   later one got ``/blog/thong-bao-lich-hop-cha-me-hoc-sinh-51207``. Both are gold articles with
   the same title and different text: not duplicates of each other. The id form of other posts
   (home box links) *is* a duplicate: alt_paths, and its ``rel=canonical`` names the short form.
4. The post's text is spread over many sibling ``ed-text`` boxes with ``ed-image``, an
   ``ed-button`` ("Đăng ký tham gia"), an ``ed-html`` embed and ``ed-spacer`` boxes between them:
   all the text boxes of the post content are body (a "largest text block" reader gets a third).
5. Captions printed as their own ``ed-text`` box under the ``ed-image`` (a centered, 13px italic
   line in parentheses): caption of that image, not body. Other posts use the image box's own
   ``<figcaption>``; a line that only credits "Ảnh: X" is a photographer, caption None.
6. ``<br>`` inside the post's ``<h1>`` (the builder's line break for the desktop layout):
   the title reads with a space, "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11".
7. Words cut by colour spans pasted from Word/Zalo (``Ngu<span style="color:…">yễn</span>``):
   no space is inserted, gold "Nguyễn".
8. A post typed in the builder's contenteditable: lines as ``<div>`` with ``<div><br></div>``
   spacers instead of ``<p>``: each div a paragraph, the spacers nothing.
9. Multi-category chips: a post filed under "Tuyển sinh" and "Thông báo" shows both chips in the
   meta line; the breadcrumb names the primary one: gold category "Tuyển sinh".
10. A mobile-only duplicate of a text box (``hide-lg hide-md``, ``display:none``) repeats the first
    paragraphs for phones: the text counts once.
11. Bylines with a teacher's honorific and post: "Thầy Phạm Văn Dũng (Bí thư Đoàn trường)" ->
    "Phạm Văn Dũng"; "Tin, ảnh: Cô Trần Thị Mai" -> author and photographer "Trần Thị Mai";
    "Đăng bởi: admin_nk" in the meta line is a CMS account -> nobody.
12. The header's logo box prints the school name as the page's first ``<h1>``; a cookie banner
    (Sitejet's "cookie policy" box) and the post template's "Bài viết khác" cards with their
    teasers follow the text: chrome.
13. A card links its post three times (image, title, "Đọc tiếp ›"); the card teaser ends in
    "[…]" and is the meta description: not a sapo (summary null unless the post prints a bold
    lead box).
14. "Cập nhật: 02.12.2026 09:12" (an update date) next to the publication day on one post: not
    published_at.

Gold decisions on ambiguous points
----------------------------------
- published_at: the ``<time datetime>`` instant converted to +07:00 (the printed day agrees with
  it); a local midnight is the day alone.
- The collision post's canonical is its id form (its own ``rel=canonical`` says so).
- The caption box's enclosing parentheses are taken off; a caption box saying only "Ảnh: X" gives
  a photographer and no caption.
- Headings (``ed-headline`` h2 boxes inside the post content), list items and table rows of the
  post are paragraphs; the ``ed-button`` label and the embed are not text.
- "Xem thêm: <link>" and "Nguồn: …" lines are not body; "Nguồn: X" -> source "X".
- The builder page /tuyen-sinh-lop-10 looks like a post (headline, text boxes) but is a builder
  page, not a blog post: not an article.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "sitejet_builder_thpt"
PLATFORM = "Sitejet website builder (blog module)"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường THPT Nguyễn Khuyến"

CUT = Raw("<!--box-->")

#: category slug -> name as the breadcrumb prints it
CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
    "tuyen-sinh": "Tuyển sinh",
    "hoat-dong-doan": "Hoạt động Đoàn",
    "guong-sang-hoc-duong": "Gương sáng học đường",
}


def _img(num: int, name: str) -> str:
    return f"/images/1024/{num}/{name}.jpg"


def _byline(text: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>')


STORIES: list[Story] = [
    Story(
        id=52418,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-12-03T14:30:00+07:00",
        blocks=[
            P("Căn cứ kế hoạch giáo dục năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra "
              "cuối học kỳ I đối với học sinh ba khối lớp như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("17/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("Các môn còn lại kiểm tra theo lịch của tổ chuyên môn trong tuần từ 07/12 đến "
              "12/12/2026."),
            P("Học sinh có mặt tại phòng thi trước giờ làm bài 15 phút, mang theo thẻ học sinh và "
              "dụng cụ học tập cần thiết."),
            _byline("Tổ Giáo vụ"),
        ],
        authors=["Tổ Giáo vụ"],
        opts={"dt": "2026-12-03T07:30:00+00:00", "printed": "03.12.2026", "home": True,
              "updated": "Cập nhật: 04.12.2026 08:05"},
    ),
    Story(
        id=52377,
        slug="tuyen-sinh-lop-10-nam-hoc-2027-2028-nhung-diem-moi",
        title="Tuyển sinh lớp 10 năm học 2027 - 2028: Những điểm mới",
        cat="tuyen-sinh",
        published_at="2026-12-01T08:00:00+07:00",
        summary="Năm học 2027 - 2028, Trường THPT Nguyễn Khuyến dự kiến tuyển 12 lớp 10 với "
                "nhiều điểm mới về phương thức xét tuyển và chính sách học bổng.",
        blocks=[
            P("Năm học 2027 - 2028, Trường THPT Nguyễn Khuyến dự kiến tuyển 12 lớp 10 với "
              "nhiều điểm mới về phương thức xét tuyển và chính sách học bổng.", "lead"),
            CUT,
            P("Phương thức xét tuyển", "h2box"),
            P("Nhà trường xét tuyển kết hợp kết quả học tập bốn năm THCS và điểm bài kiểm tra "
              "năng lực do trường tổ chức. Cụ thể:"),
            P("Xét học bạ: điểm trung bình các môn cả năm lớp 9 từ 6,5 trở lên.", "li"),
            P("Kiểm tra năng lực: Toán, Ngữ văn và Tiếng Anh, mỗi bài 60 phút.", "li"),
            P("Ưu tiên học sinh đạt giải học sinh giỏi cấp huyện, cấp tỉnh.", "li"),
            P("Học bổng và hỗ trợ", "h2box"),
            P("Học sinh có tổng điểm kiểm tra năng lực cao nhất được miễn 100% học phí năm học "
              "đầu tiên; 30 học sinh tiếp theo được giảm 50% học phí."),
            Raw('<div class="ed-element ed-button custom-theme"><a class="button center" '
                'href="/tuyen-sinh-lop-10">Đăng ký tham gia</a></div>'),
            P("Hồ sơ đăng ký nhận tại Văn phòng nhà trường từ ngày 01/3/2027."),
            Raw('<p><em>Nguồn: Sở GD&amp;ĐT Nam Định</em></p>'),
        ],
        source="Sở GD&ĐT Nam Định",
        opts={"dt": "2026-12-01T01:00:00+00:00", "printed": "01.12.2026", "home": True,
              "cats": ["tuyen-sinh", "thong-bao"]},
    ),
    Story(
        id=51207,
        slug="thong-bao-lich-hop-cha-me-hoc-sinh-51207",
        title="Thông báo lịch họp cha mẹ học sinh",
        cat="thong-bao",
        published_at="2026-11-28T10:00:00+07:00",
        blocks=[
            P("Nhà trường tổ chức họp cha mẹ học sinh cuối học kỳ I vào 8 giờ sáng Chủ nhật, ngày "
              "27/12/2026, tại các phòng học của lớp."),
            P("Nội dung: thông báo kết quả học tập, rèn luyện học kỳ I và kế hoạch ôn tập "
              "cho học sinh khối 12 chuẩn bị kỳ thi tốt nghiệp THPT năm 2027."),
            P("Đề nghị quý phụ huynh sắp xếp thời gian tham dự đầy đủ, đúng giờ."),
            _byline("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"dt": "2026-11-28T03:00:00+00:00", "printed": "28.11.2026", "home": True},
    ),
    Story(
        id=51034,
        slug="hoc-sinh-nguyen-khuyen-dat-5-giai-hoc-sinh-gioi-cap-tinh",
        title="Học sinh Nguyễn Khuyến đạt 5 giải Học sinh giỏi cấp tỉnh",
        cat="guong-sang-hoc-duong",
        published_at="2026-11-24T16:20:00+07:00",
        summary="Tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027, đội tuyển "
                "của trường giành 1 giải Nhì, 2 giải Ba và 2 giải Khuyến khích.",
        blocks=[
            P("Tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027, đội tuyển "
              "của trường giành 1 giải Nhì, 2 giải Ba và 2 giải Khuyến khích.", "lead"),
            Img(_img(7340112, "hsg-tinh-2026"), "(Đội tuyển học sinh giỏi nhận giấy khen của nhà trường)",
                "Đội tuyển học sinh giỏi nhận giấy khen của nhà trường", "box"),
            P("Em Nguyễn Minh Khôi, lớp 12A1, đạt giải Nhì môn Toán; em Lê Thu Hà, lớp 12A3, và em "
              "Đỗ Quang Huy, lớp 12A1, đạt giải Ba môn Tin học.", "split:Nguyễn:3"),
            P("Đây là năm thứ ba liên tiếp học sinh của trường có giải môn Tin học, kết quả của "
              "việc bồi dưỡng sớm từ lớp 10."),
            P("Nhà trường khen thưởng các em đạt giải và các thầy cô trực tiếp bồi dưỡng đội "
              "tuyển."),
            _byline("Tổ Toán – Tin"),
        ],
        authors=["Tổ Toán – Tin"],
        opts={"dt": "2026-11-24T09:20:00+00:00", "printed": "24.11.2026", "home": True},
    ),
    Story(
        id=50862,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T06:40:00+07:00",
        blocks=[
            P("Sáng 19/11/2026, Trường THPT Nguyễn Khuyến long trọng tổ chức Lễ kỷ niệm 44 năm "
              "Ngày Nhà giáo Việt Nam với sự tham dự của đại diện Hội cha mẹ học sinh và các thế "
              "hệ thầy cô đã nghỉ hưu."),
            P("Phát biểu tại buổi lễ, thầy Hiệu trưởng Trần Đức Thắng ôn lại truyền thống tôn sư "
              "trọng đạo và ghi nhận những nỗ lực của tập thể sư phạm trong năm qua."),
            CUT,
            Img(_img(7339458, "le-20-11-phat-bieu"), "(Thầy Hiệu trưởng Trần Đức Thắng phát biểu tại buổi lễ)",
                "Thầy Hiệu trưởng Trần Đức Thắng phát biểu tại buổi lễ", "box"),
            P("Nhân dịp này, nhà trường trao danh hiệu Chiến sĩ thi đua cơ sở cho 6 thầy cô và "
              "khen thưởng 14 giáo viên có học sinh đạt giải trong các kỳ thi."),
            Raw('<div class="ed-element ed-spacer"><div style="height: 30px;"></div></div>'),
            Img(_img(7339460, "le-20-11-van-nghe"), "(Tiết mục văn nghệ của học sinh lớp 11A2)",
                "Tiết mục văn nghệ của học sinh lớp 11A2", "box"),
            P("Buổi lễ khép lại bằng chương trình văn nghệ do học sinh các lớp dàn dựng, "
              "để lại nhiều cảm xúc cho thầy cô và các em."),
            CUT,
            _byline("Tin, ảnh: Cô Trần Thị Mai"),
        ],
        authors=["Trần Thị Mai"],
        photographers=["Trần Thị Mai"],
        opts={"dt": "2026-11-19T23:40:00+00:00", "printed": "20.11.2026",
              "title_br": "Lễ kỷ niệm 44 năm", "slider": True},
    ),
    Story(
        id=50611,
        slug="doan-truong-ra-quan-ngay-chu-nhat-xanh-thang-11",
        title="Đoàn trường ra quân “Ngày Chủ nhật xanh” tháng 11",
        cat="hoat-dong-doan",
        published_at="2026-11-15T09:00:00+07:00",
        blocks=[
            P("Hưởng ứng phong trào “Ngày Chủ nhật xanh” của Thành đoàn Nam Định, sáng 15/11, "
              "hơn 300 đoàn viên của trường đã ra quân dọn vệ sinh khu vực quanh hồ Vị Xuyên."),
            Img(_img(7338120, "chu-nhat-xanh-1"), "Đoàn viên thu gom rác quanh hồ Vị Xuyên",
                "Đoàn viên thu gom rác quanh hồ Vị Xuyên", "fig"),
            P("Các chi đoàn được phân công theo từng đoạn đường, thu gom rác thải, nhổ cỏ và "
              "trồng thêm 50 chậu hoa tại cổng trường."),
            Img(_img(7338121, "chu-nhat-xanh-2"), "Ảnh: Nguyễn Hoàng Nam (11A2)", None, "fig"),
            P("Hoạt động góp phần nâng cao ý thức bảo vệ môi trường trong đoàn viên, thanh niên."),
            Raw('<div class="ed-element ed-html"><div class="fb-post" '
                'data-href="https://www.facebook.com/thptnguyenkhuyen.nd/posts/1029384756">'
                '<blockquote>Xem bài đăng trên Facebook</blockquote></div></div>'),
            _byline("Thầy Phạm Văn Dũng (Bí thư Đoàn trường)"),
        ],
        authors=["Phạm Văn Dũng"],
        photographers=["Nguyễn Hoàng Nam"],
        opts={"dt": "2026-11-15T02:00:00+00:00", "printed": "15.11.2026", "slider": True},
    ),
    Story(
        id=50388,
        slug="hoi-thao-chao-mung-20-11-soi-noi-giai-bong-da-nam",
        title="Hội thao chào mừng 20/11: Sôi nổi giải bóng đá nam",
        cat="hoat-dong-doan",
        published_at="2026-11-12T17:15:00+07:00",
        blocks=[
            P("Từ ngày 02 đến 11/11, sân trường sôi động với giải bóng đá nam chào mừng Ngày Nhà "
              "giáo Việt Nam, quy tụ 16 đội bóng của ba khối lớp."),
            P("Trận chung kết giữa 12A2 và 11A5 diễn ra kịch tính, 12A2 giành chức vô địch sau "
              "loạt sút luân lưu 4 - 3."),
            CUT,
            Img(_img(7337002, "bong-da-chung-ket"), "(Pha tranh bóng trong trận chung kết)",
                "Pha tranh bóng trong trận chung kết", "box"),
            P("Ban tổ chức trao giải Vua phá lưới cho em Trần Gia Bảo (11A5) với 7 bàn thắng và "
              "giải Phong cách cho đội 10A3."),
            _byline("Đoàn Thanh niên"),
        ],
        authors=["Đoàn Thanh niên"],
        opts={"dt": "2026-11-12T10:15:00+00:00", "printed": "12.11.2026", "mobile_dup": 2},
    ),
    Story(
        id=50127,
        slug="giao-luu-tieng-anh-voi-sinh-vien-tinh-nguyen-quoc-te",
        title="Giao lưu tiếng Anh với sinh viên tình nguyện quốc tế",
        cat="tin-tuc-su-kien",
        published_at="2026-11-05T15:00:00+07:00",
        blocks=[
            P("Chiều 04/11, câu lạc bộ Tiếng Anh của trường tổ chức buổi giao lưu với 8 sinh viên "
              "tình nguyện đến từ Úc, Canada và Phần Lan."),
            P("Học sinh được trò chuyện về văn hóa, ẩm thực và hệ thống giáo dục của các nước."),
            P("Nhiều em mạnh dạn thuyết trình về làng nghề truyền thống của Nam Định bằng tiếng "
              "Anh."),
            P("Buổi giao lưu là hoạt động thường niên trong kế hoạch phát triển năng lực ngoại "
              "ngữ của nhà trường."),
            _byline("Tổ Ngoại ngữ"),
        ],
        authors=["Tổ Ngoại ngữ"],
        opts={"dt": "2026-11-05T08:00:00+00:00", "printed": "05.11.2026", "divs": True},
    ),
    Story(
        id=49865,
        slug="tap-huan-ky-nang-phong-chay-chua-chay-cho-hoc-sinh",
        title="Tập huấn kỹ năng phòng cháy chữa cháy cho học sinh",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28T10:15:00+07:00",
        blocks=[
            P("Sáng 27/10, Phòng Cảnh sát PCCC và CNCH Công an tỉnh Nam Định phối hợp với nhà "
              "trường tập huấn kỹ năng phòng cháy chữa cháy cho toàn thể học sinh khối 10."),
            Img(_img(7335514, "pccc-thuc-hanh"), "(Học sinh thực hành sử dụng bình chữa cháy)",
                "Học sinh thực hành sử dụng bình chữa cháy", "box"),
            P("Các em được hướng dẫn cách sử dụng bình chữa cháy, kỹ năng thoát nạn khi có "
              "khói và cách gọi lực lượng cứu hỏa qua số 114."),
            P("Theo kế hoạch, buổi diễn tập tiếp theo dành cho khối 11 sẽ diễn ra trong tháng 12."),
            Raw('<p>Xem thêm: <a href="/blog/doan-truong-ra-quan-ngay-chu-nhat-xanh-thang-11">'
                'Đoàn trường ra quân “Ngày Chủ nhật xanh” tháng 11</a></p>'),
            _byline("Nguyễn Thị Lan"),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={"dt": "2026-10-28T03:15:00+00:00", "printed": "28.10.2026"},
    ),
    Story(
        id=49540,
        slug="em-vu-thi-hong-nhung-tam-guong-vuot-kho-hoc-gioi",
        title="Em Vũ Thị Hồng Nhung – tấm gương vượt khó học giỏi",
        cat="guong-sang-hoc-duong",
        published_at="2026-10-20T19:30:00+07:00",
        blocks=[
            P("Mồ côi cha từ năm lớp 6, Vũ Thị Hồng Nhung (lớp 11A3) vừa phụ mẹ bán hàng ở chợ "
              "Rồng vừa duy trì thành tích học sinh giỏi suốt nhiều năm liền."),
            P("Mỗi ngày Nhung dậy từ 4 giờ sáng, giúp mẹ dọn hàng rồi mới đến trường."),
            P("Em đang ôn luyện trong đội tuyển học sinh giỏi môn Ngữ văn của trường."),
            P("“Em muốn trở thành cô giáo dạy Văn để truyền cảm hứng cho các em nhỏ như thầy cô "
              "đã làm với em”, Nhung chia sẻ.", "quote"),
            _byline("Cô Hoàng Thu Trang (GVCN lớp 11A3)"),
        ],
        authors=["Hoàng Thu Trang"],
        opts={"dt": "2026-10-20T12:30:00+00:00", "printed": "20.10.2026"},
    ),
    Story(
        id=49318,
        slug="hoi-nghi-can-bo-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị cán bộ, viên chức, người lao động năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-15",
        blocks=[
            P("Ngày 14/10/2026, nhà trường tổ chức Hội nghị cán bộ, viên chức, người lao động "
              "năm học 2026 - 2027."),
            P("Hội nghị đã thông qua báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ "
              "năm học mới và quy chế chi tiêu nội bộ."),
            Img(_img(7334001, "hoi-nghi-vien-chuc"), "Ảnh: Đỗ Minh Đức", None, "box"),
            P("100% đại biểu tham dự đã ký giao ước thi đua năm học 2026 - 2027."),
        ],
        opts={"dt": "2026-10-14T17:00:00+00:00", "printed": "15.10.2026"},
        photographers=["Đỗ Minh Đức"],
    ),
    Story(
        id=49102,
        slug="thong-bao-lich-hop-cha-me-hoc-sinh",
        title="Thông báo lịch họp cha mẹ học sinh",
        cat="thong-bao",
        published_at="2026-10-09T16:45:00+07:00",
        blocks=[
            P("Nhà trường tổ chức họp cha mẹ học sinh đầu năm học 2026 - 2027 vào 14 giờ chiều "
              "thứ Bảy, ngày 17/10/2026."),
            P("Buổi họp bầu Ban đại diện cha mẹ học sinh của lớp và thống nhất các khoản thu "
              "theo quy định."),
            _byline("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"dt": "2026-10-09T09:45:00+00:00", "printed": "09.10.2026"},
    ),
    Story(
        id=48873,
        slug="ngay-hoi-cau-lac-bo-2026-18-clb-ra-mat-hoc-sinh-khoi-10",
        title="Ngày hội Câu lạc bộ 2026: 18 CLB ra mắt học sinh khối 10",
        cat="hoat-dong-doan",
        published_at="2026-10-03T08:45:00+07:00",
        blocks=[
            P("Chiều 02/10, Đoàn trường tổ chức Ngày hội Câu lạc bộ 2026 để giới thiệu 18 câu lạc "
              "bộ học thuật, nghệ thuật và thể thao tới học sinh khối 10."),
            P("Mỗi câu lạc bộ có một gian trưng bày, tiết mục biểu diễn và bàn đăng ký thành "
              "viên.", "brnext"),
            P("Câu lạc bộ Robotics và câu lạc bộ Guitar thu hút đông học sinh đăng ký nhất."),
            Img(_img(7331207, "ngay-hoi-clb"), "Gian trưng bày của câu lạc bộ Robotics",
                "Gian trưng bày của câu lạc bộ Robotics", "fig"),
            P("Học sinh đăng ký tối đa hai câu lạc bộ và sinh hoạt vào chiều thứ Sáu hằng tuần."),
            _byline("Ban Chấp hành Đoàn trường"),
        ],
        authors=["Ban Chấp hành Đoàn trường"],
        opts={"dt": "2026-10-03T01:45:00+00:00", "printed": "03.10.2026"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
PER_PAGE = 5
CAT_SHOWN = 3


def _post_path(story: Story) -> str:
    return f"/blog/{story.slug}"


def _id_path(story: Story) -> str:
    """The id form Sitejet also answers (for a collision post it is the post's own slug)."""
    if story.slug.endswith(f"-{story.id}"):
        return _post_path(story)
    return f"/blog/{story.slug}-{story.id}"


def _cats(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


def _eid(*parts: int) -> str:
    n = 0
    for p in parts:
        n = (n * 7919 + p * 104729 + 31337) % 900000000
    return f"ed-{n + 100000000}"


# --- rendering of the post content ------------------------------------------------------------


def _para_html(p: P) -> str:
    t = esc(p.text)
    if p.style.startswith("split:"):
        _, word, cut = p.style.split(":")
        k = int(cut)
        t = t.replace(
            esc(word), f'{esc(word[:k])}<span style="color: rgb(34, 34, 34);">{esc(word[k:])}</span>', 1
        )
    if p.style == "lead":
        return f'<p><span style="font-size: 18px;"><strong>{t}</strong></span></p>'
    if p.style == "quote":
        return f"<blockquote><p><em>{t}</em></p></blockquote>"
    return f"<p>{t}</p>"


def _image_box(story: Story, img: Img, k: int) -> str:
    big = img.src
    small = big.replace("/images/1024/", "/images/640/")
    tiny = big.replace("/images/1024/", "/images/320/")
    imgtag = (
        f'<img src="{esc(big)}" srcset="{esc(tiny)} 320w, {esc(small)} 640w, {esc(big)} 1024w" '
        f'sizes="(max-width: 768px) 100vw, 1024px" alt="" class="" loading="lazy">'
    )
    eid = _eid(story.id, 700 + k)
    if img.style == "fig" and img.printed:
        out = (
            f'<div class="ed-element ed-image" id="{eid}"><figure>{imgtag}'
            f'<figcaption class="ed-image-caption">{esc(img.printed)}</figcaption></figure></div>'
        )
    else:
        out = f'<div class="ed-element ed-image" id="{eid}">{imgtag}</div>'
    if img.style == "box" and img.printed:
        out += (
            f'<div class="ed-element ed-text custom-theme" id="{_eid(story.id, 750 + k)}">'
            f'<p style="text-align: center;"><span style="font-size: 13px; color: rgb(102, 102, 102);">'
            f"<em>{esc(img.printed)}</em></span></p></div>"
        )
    return out


def _content(story: Story) -> str:
    """The post's boxes: text boxes cut at images, CUT markers and own boxes (button, embed)."""
    boxes: list[str] = []
    cur: list[str] = []
    divs = story.opts.get("divs", False)
    counter = [0]

    def flush() -> None:
        if cur:
            counter[0] += 1
            boxes.append(
                f'<div class="ed-element ed-text custom-theme" id="{_eid(story.id, counter[0])}">'
                + "".join(cur) + "</div>"
            )
            cur.clear()

    blocks = story.blocks
    i = 0
    img_k = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            flush()
            img_k += 1
            boxes.append(_image_box(story, b, img_k))
        elif isinstance(b, Raw):
            if b is CUT or b.html == CUT.html:
                flush()
            elif b.html.startswith('<div class="ed-element'):
                flush()
                boxes.append(b.html)
            else:
                cur.append(b.html)
        elif b.style == "h2box":
            flush()
            counter[0] += 1
            boxes.append(
                f'<div class="ed-element ed-headline custom-theme" id="{_eid(story.id, 300 + counter[0])}">'
                f'<h2 class="">{esc(b.text)}</h2></div>'
            )
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li><p>{esc(blocks[i].text)}</p></li>")
                i += 1
            cur.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                tag = "th" if first else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                first = False
                i += 1
            cur.append(
                '<table style="width: 100%; border-collapse: collapse;" border="1"><tbody>'
                + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "brnext":
            nxt = blocks[i + 1]
            cur.append(f"<p>{esc(b.text)}<br>{esc(nxt.text)}</p>")
            i += 2
            continue
        elif divs:
            if cur:
                cur.append("<div><br></div>")
            cur.append(f"<div>{esc(b.text)}</div>")
        else:
            cur.append(_para_html(b))
        i += 1
    flush()
    dup = story.opts.get("mobile_dup")
    if dup:
        paras = [b for b in story.blocks if isinstance(b, P)][:dup]
        boxes.insert(
            0,
            f'<div class="ed-element ed-text custom-theme hide-lg hide-md" id="{_eid(story.id, 999)}" '
            f'style="display: none;">' + "".join(_para_html(p) for p in paras) + "</div>",
        )
    return "\n".join(boxes)


# --- chrome --------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Lịch sử nhà trường"),
                                  ("/doi-ngu-giao-vien", "Đội ngũ giáo viên")]),
    ("/blog", "Tin tức", [(f"/blog/category/{k}", v) for k, v in CATEGORIES.items()]),
    ("/tuyen-sinh-lop-10", "Tuyển sinh", [("/tuyen-sinh-lop-10", "Tuyển sinh lớp 10 năm 2027"),
                                          ("/blog/category/tuyen-sinh", "Tin tuyển sinh")]),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for href, label, sub in MENU:
        subhtml = ""
        if sub:
            subhtml = '<ul class="ed-menu-sub">' + "".join(
                f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in sub) + "</ul>"
        items.append(f'<li class="ed-menu-item"><a href="{href}">{esc(label)}</a>{subhtml}</li>')
    return (
        f'<div class="ed-element ed-menu wv-boxed" id="ed-100000412"><ul class="menu-level-0">'
        f'{"".join(items)}</ul><a class="menu-trigger" href="javascript:void(0)">☰</a></div>'
    )


def _page(request: Request, title: str, main: str, *, canonical: str, desc: str = "",
          head_extra: str = "") -> Response:
    base = base_url(request)
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} | THPT Nguyễn Khuyến Nam Định</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(desc)}">
<meta name="generator" content="Sitejet">
<link rel="canonical" href="{base}{canonical}">
<link rel="stylesheet" href="/css/cms-styles.css">
<link rel="shortcut icon" href="/images/32/7330001/favicon.png">
{head_extra}
<script src="/js/cms-behavior.js"></script>
</head>
<body class="cms-visitor">
<div class="ed-element ed-container wv-overflow_visible" id="ed-100000401" style="background-image: url(/images/1920/7330002/banner-truong.jpg);">
<div class="inner">
<div class="ed-element ed-text custom-theme" id="ed-100000403"><p><span style="font-size: 12px;">{HEADER_DATE}</span>
 | Hotline: 0228 3 845 678 | <a href="https://www.facebook.com/thptnguyenkhuyen.nd">Facebook</a></p></div>
<div class="ed-element ed-image logo-box" id="ed-100000405"><a href="/"><img src="/images/320/7330003/logo-nguyen-khuyen.png" alt="Logo THPT Nguyễn Khuyến"></a></div>
<div class="ed-element ed-headline custom-theme" id="ed-100000407"><h1 class="">TRƯỜNG THPT NGUYỄN KHUYẾN</h1></div>
<div class="ed-element ed-text custom-theme" id="ed-100000409"><p><em>Trường tư thục – Thành phố Nam Định</em></p></div>
{_menu()}
</div></div>
<div class="ed-element ed-container" id="ed-100000420"><div class="inner">
{main}
</div></div>
<div class="ed-element ed-container footer" id="ed-100000480" style="background-color: rgb(18, 52, 96);"><div class="inner">
<div class="ed-element ed-text custom-theme" id="ed-100000482">
<p><strong>TRƯỜNG THPT NGUYỄN KHUYẾN NAM ĐỊNH</strong></p>
<p>Địa chỉ: 50 Văn Cao, phường Năng Tĩnh, thành phố Nam Định</p>
<p>Điện thoại: 0228 3 845 678 – Email: thptnguyenkhuyen.nd@gmail.com</p></div>
<div class="ed-element ed-html" id="ed-100000484"><div class="counter-widget">Đang online: 17 | Hôm nay: 412 | Tổng truy cập: 1.204.587</div></div>
<div class="ed-element ed-text custom-theme" id="ed-100000486"><p><a href="/chinh-sach-bao-mat">Chính sách bảo mật</a> · <a href="/lien-he">Liên hệ</a></p>
<p>© 2026 Trường THPT Nguyễn Khuyến. Thiết kế website: Webso Nam Định</p></div>
</div></div>
<div id="cookie-policy" class="cookie-policy-box"><div class="cookie-text"><p>Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn. Khi tiếp tục truy cập, bạn đồng ý với <a href="/chinh-sach-bao-mat">chính sách bảo mật</a> của chúng tôi.</p></div><a class="cookie-accept" href="javascript:void(0)">Đồng ý</a></div>
</body>
</html>"""
    return html(doc)


def _teaser(story: Story) -> str:
    text = " ".join(b.text for b in story.blocks if isinstance(b, P))
    return text[:150].rsplit(" ", 1)[0] + " […]"


def _card(story: Story, *, id_form: bool = False) -> str:
    href = _id_path(story) if id_form else _post_path(story)
    thumb = story.images[0].src.replace("/images/1024/", "/images/480/") if story.images else \
        "/images/480/7330009/placeholder-nguyen-khuyen.jpg"
    cat = _cats(story)[0]
    return (
        f'<div class="ed-blog-item blog-entry" data-id="{story.id}">'
        f'<a class="blog-entry-image" href="{href}"><img src="{thumb}" alt=""></a>'
        f'<div class="blog-entry-body"><span class="blog-entry-cat">{esc(CATEGORIES[cat])}</span>'
        f'<span class="blog-entry-date">{story.opts["printed"]}</span>'
        f'<h3 class="blog-entry-title"><a href="{href}">{esc(story.title)}</a></h3>'
        f'<p class="blog-entry-teaser">{esc(_teaser(story))}</p>'
        f'<a class="blog-entry-more" href="{href}">Đọc tiếp ›</a></div></div>'
    )


def _crumbs(*items: tuple[str | None, str]) -> str:
    parts = []
    for href, label in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return (
        '<div class="ed-element ed-text custom-theme blog-breadcrumb" id="ed-100000431"><p>'
        + " › ".join(parts) + "</p></div>"
    )


# --- pages -------------------------------------------------------------------------------------


def _post(request: Request, story: Story) -> Response:
    idx = STORIES.index(story)
    newer = STORIES[idx - 1] if idx > 0 else None
    older = STORIES[idx + 1] if idx + 1 < len(STORIES) else None
    cat = story.cat
    title_html = esc(story.title)
    br = story.opts.get("title_br")
    if br:
        title_html = esc(br) + "<br>" + esc(story.title[len(br):].lstrip())
    chips = ", ".join(
        f'<a href="/blog/category/{c}">{esc(CATEGORIES[c])}</a>' for c in _cats(story)
    )
    updated = story.opts.get("updated")
    upd = f' · <span class="blog-meta-updated">{esc(updated)}</span>' if updated else ""
    nav = '<div class="ed-element ed-text custom-theme blog-prev-next" id="ed-100000461"><p>'
    if older:
        nav += f'<a href="{_post_path(older)}">‹ Bài trước: {esc(older.title)}</a>'
    if newer:
        nav += f' &nbsp; <a href="{_post_path(newer)}">Bài tiếp: {esc(newer.title)} ›</a>'
    nav += "</p></div>"
    related = [s for s in STORIES if s is not story and s.cat == cat][:3]
    main = f"""
{_crumbs(("/", "Trang chủ"), ("/blog", "Tin tức"), (f"/blog/category/{cat}", CATEGORIES[cat]), (None, story.title))}
<div class="ed-element ed-container ed-blog-post-view" id="{_eid(story.id, 1)}"><div class="inner">
<div class="ed-element ed-headline custom-theme" id="{_eid(story.id, 2)}"><h1 class="">{title_html}</h1></div>
<div class="ed-element ed-text custom-theme ed-blog-meta" id="{_eid(story.id, 3)}"><p><span class="blog-meta-date"><time datetime="{story.opts["dt"]}">{story.opts["printed"]}</time></span>{upd} · <span class="blog-meta-author">Đăng bởi: admin_nk</span> · <span class="blog-meta-cats">{chips}</span></p></div>
<div class="ed-element ed-spacer" id="{_eid(story.id, 4)}"><div style="height: 20px;"></div></div>
<div class="ed-element ed-container blog-post-content" id="{_eid(story.id, 5)}"><div class="inner">
{_content(story)}
</div></div>
<div class="ed-element ed-separator" id="{_eid(story.id, 6)}"><hr class="bg-primary"></div>
<div class="ed-element ed-html share-box" id="{_eid(story.id, 7)}"><p>Chia sẻ:
<a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{_post_path(story)}">Facebook</a>
<a href="https://zalo.me/share?u={base_url(request)}{_post_path(story)}">Zalo</a>
<a href="javascript:window.print()">In bài</a></p></div>
</div></div>
{nav}
<div class="ed-element ed-headline custom-theme" id="ed-100000463"><h2 class="">Bài viết khác</h2></div>
<div class="ed-element ed-blog blog-related" id="ed-100000465"><div class="blog-entries">{"".join(_card(s) for s in related)}</div></div>
"""
    og_img = story.images[0].src if story.images else "/images/1024/7330004/og-default.jpg"
    head = (
        f'<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{esc(story.title)}">'
        f'<meta property="og:image" content="{base_url(request)}{og_img}">'
        f'<meta property="article:published_time" content="{story.opts["dt"]}">'
    )
    return _page(request, story.title, main, canonical=_post_path(story), desc=_teaser(story),
                 head_extra=head)


def _blog(request: Request, page: int) -> Response | None:
    pages = (len(STORIES) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= page <= pages:
        return None
    chunk = STORIES[(page - 1) * PER_PAGE: page * PER_PAGE]
    more = ""
    if page < pages:
        more = (f'<div class="ed-element ed-button custom-theme" id="ed-100000445">'
                f'<a class="button center ed-blog-more" href="/blog?page={page + 1}" data-page="{page + 1}">'
                f"Xem thêm bài viết</a></div>")
    cats = "".join(f'<li><a href="/blog/category/{k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items())
    main = f"""
{_crumbs(("/", "Trang chủ"), (None, "Tin tức"))}
<div class="ed-element ed-headline custom-theme" id="ed-100000433"><h2 class="">Tin tức – Sự kiện</h2></div>
<div class="ed-element ed-text custom-theme blog-cat-filter" id="ed-100000435"><ul>{cats}</ul></div>
<div class="ed-element ed-blog" id="ed-100000441"><div class="blog-entries">{"".join(_card(s) for s in chunk)}</div></div>
{more}
"""
    return _page(request, "Tin tức", main, canonical="/blog" if page == 1 else f"/blog?page={page}")


def _category(request: Request, slug: str) -> Response | None:
    if slug not in CATEGORIES:
        return None
    posts = [s for s in STORIES if slug in _cats(s)][:CAT_SHOWN]
    main = f"""
{_crumbs(("/", "Trang chủ"), ("/blog", "Tin tức"), (None, CATEGORIES[slug]))}
<div class="ed-element ed-headline custom-theme" id="ed-100000433"><h2 class="">{esc(CATEGORIES[slug])}</h2></div>
<div class="ed-element ed-blog" id="ed-100000443"><div class="blog-entries">{"".join(_card(s) for s in posts)}</div></div>
<div class="ed-element ed-button custom-theme" id="ed-100000447"><a class="button" href="/blog">Xem tất cả</a></div>
"""
    return _page(request, CATEGORIES[slug], main, canonical=f"/blog/category/{slug}")


def _home(request: Request) -> Response:
    slides = [s for s in STORIES if s.opts.get("slider")]
    slider = "".join(
        f'<div class="slide"><a href="{_post_path(s)}"><img src="{s.images[0].src.replace("/1024/", "/1920/")}" alt="">'
        f'<span class="slide-title">{esc(s.title)}</span></a></div>' for s in slides
    )
    newest = [s for s in STORIES if s.opts.get("home")]
    main = f"""
<div class="ed-element ed-slider" id="ed-100000425"><div class="slider-container">{slider}</div></div>
<div class="ed-element ed-headline custom-theme" id="ed-100000427"><h2 class="">Chào mừng đến với {SCHOOL}</h2></div>
<div class="ed-element ed-text custom-theme" id="ed-100000429"><p>Trường THPT Nguyễn Khuyến là trường tư thục thành lập năm 1991 tại thành phố Nam Định, với phương châm “Kỷ cương – Tình thương – Trách nhiệm”.</p>
<p><a href="/gioi-thieu">Tìm hiểu thêm ›</a></p></div>
<div class="ed-element ed-headline custom-theme" id="ed-100000437"><h2 class="">Tin mới nhất</h2></div>
<div class="ed-element ed-blog" id="ed-100000439"><div class="blog-entries">{"".join(_card(s, id_form=True) for s in newest)}</div></div>
<div class="ed-element ed-button custom-theme" id="ed-100000449"><a class="button" href="/blog">Tất cả tin tức</a></div>
<div class="ed-element ed-text custom-theme" id="ed-100000451"><p><strong>Liên kết</strong>: <a href="https://namdinh.edu.vn">Sở GD&amp;ĐT Nam Định</a> · <a href="https://moet.gov.vn">Bộ GD&amp;ĐT</a></p></div>
"""
    return _page(request, "Trang chủ", main, canonical="/")


BUILDER_PAGES = {
    "gioi-thieu": ("Giới thiệu", [
        "Trường THPT Nguyễn Khuyến được thành lập năm 1991, là một trong những trường tư thục "
        "đầu tiên của tỉnh Nam Định.",
        "Hiện nhà trường có 36 lớp với hơn 1.500 học sinh và 98 cán bộ, giáo viên, nhân viên.",
    ]),
    "doi-ngu-giao-vien": ("Đội ngũ giáo viên", [
        "Hiệu trưởng: Thầy Trần Đức Thắng. Phó Hiệu trưởng: Cô Đặng Thị Hương, Thầy Lê Văn Toàn.",
        "Tổ Toán – Tin: 14 giáo viên. Tổ Ngữ văn: 11 giáo viên. Tổ Ngoại ngữ: 9 giáo viên.",
    ]),
    "tuyen-sinh-lop-10": ("Tuyển sinh lớp 10 năm học 2027 - 2028", [
        "Chỉ tiêu: 12 lớp, 540 học sinh. Thời gian nhận hồ sơ: từ 01/3/2027 đến 30/5/2027.",
        "Hồ sơ gồm: đơn đăng ký theo mẫu, bản sao học bạ THCS, giấy khai sinh và 2 ảnh 3x4.",
        "Mọi thắc mắc xin liên hệ Văn phòng tuyển sinh: 0228 3 845 679.",
    ]),
    "thu-vien-anh": ("Thư viện ảnh", []),
    "lien-he": ("Liên hệ", [
        "Địa chỉ: 50 Văn Cao, phường Năng Tĩnh, thành phố Nam Định.",
        "Điện thoại: 0228 3 845 678. Email: thptnguyenkhuyen.nd@gmail.com",
    ]),
    "chinh-sach-bao-mat": ("Chính sách bảo mật", [
        "Trang web sử dụng cookie kỹ thuật cần thiết và cookie thống kê ẩn danh.",
        "Thông tin cá nhân gửi qua biểu mẫu liên hệ chỉ dùng để trả lời yêu cầu của quý vị.",
    ]),
}


def _builder(request: Request, slug: str) -> Response:
    title, paras = BUILDER_PAGES[slug]
    body = "".join(f"<p>{esc(t)}</p>" for t in paras)
    extra = ""
    if slug == "thu-vien-anh":
        extra = '<div class="ed-element ed-gallery" id="ed-100000455"><ul class="gallery">' + "".join(
            f'<li><a href="/images/1920/73320{n:02d}/album-{n}.jpg" data-lightbox="album">'
            f'<img src="/images/320/73320{n:02d}/album-{n}.jpg" alt="Album {n}"></a></li>'
            for n in range(1, 9)) + "</ul></div>"
    if slug == "lien-he":
        extra = ('<div class="ed-element ed-form" id="ed-100000457"><form method="post" action="/lien-he">'
                 '<input name="name" placeholder="Họ tên"><input name="email" placeholder="Email">'
                 '<textarea name="message"></textarea><button type="submit">Gửi</button></form></div>')
    if slug == "tuyen-sinh-lop-10":
        extra = ('<div class="ed-element ed-image" id="ed-100000459"><img src="/images/1024/7333001/tuyen-sinh-2027.jpg" alt=""></div>'
                 '<div class="ed-element ed-text custom-theme" id="ed-100000460"><p style="text-align: right;">'
                 '<strong>Ban Tuyển sinh</strong></p></div>')
    main = f"""
{_crumbs(("/", "Trang chủ"), (None, title))}
<div class="ed-element ed-headline custom-theme" id="ed-1000005{len(slug):02d}"><h1 class="">{esc(title)}</h1></div>
<div class="ed-element ed-text custom-theme" id="ed-1000006{len(slug):02d}">{body}</div>
{extra}
"""
    return _page(request, title, main, canonical=f"/{slug}")


_ID_FORM = re.compile(r"^(.+)-(\d{5})$")


class SitejetSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/css/", "/js/")):
            return static_file(path)
        if path == "/":
            return _home(request)
        if path == "/blog":
            page = request.params.get("page", "1")
            if not page.isdigit():
                return None
            return _blog(request, int(page))
        if path == "/blog/":
            return redirect("/blog", 301)
        if path.startswith("/blog/category/"):
            return _category(request, path[len("/blog/category/"):])
        if path.startswith("/blog/"):
            slug = path[len("/blog/"):]
            story = BY_SLUG.get(slug)
            if story is None and (m := _ID_FORM.match(slug)):
                story = BY_SLUG.get(m.group(1))
                if story is not None and story.id != int(m.group(2)):
                    story = None
            return _post(request, story) if story else None
        slug = path.strip("/")
        if slug in BUILDER_PAGES and path == f"/{slug}":
            return _builder(request, slug)
        return None


def build_site() -> SitejetSite:
    return SitejetSite()


def _record(story: Story) -> dict:
    alts = [_id_path(story)] if story.opts.get("home") and _id_path(story) != _post_path(story) else []
    return gold_record(story, _post_path(story), CATEGORIES[story.cat], alt_paths=alts)


GOLD = [_record(s) for s in STORIES]

NON_ARTICLES = [f"/{slug}" for slug in BUILDER_PAGES]
