"""IONOS MyWebsite (the hosted 1&1 website builder) of a private high school with a German partner.

Platform
    IONOS MyWebsite 8 ("diyw"/"diyfe" markup of the 1&1 builder): every page is a column of
    generated boxes, each a ``<div id="Module<Type>-<number>" class="n Module<Type>
    module-type-<type> diyfeLiveArea">`` (ModuleText, ModuleHeader, ModuleImageSubtitle,
    ModuleSpacer, ModuleHr, ModuleBlog, ModuleBlogSummary, ModuleGallery, ModuleCounter …).
    The contract was signed on ionos.de by the German partner school, so the builder's own
    strings are German ("Weiterlesen »", "Kommentare", "Ältere Beiträge »", date badges "03 Dez
    2026", "14:30 Uhr"); everything the school typed is Vietnamese.
Institution
    Trường THPT Việt Đức (tư thục), thành phố Vinh, tỉnh Nghệ An.

URL scheme
    ``/``                              builder home page (welcome text + ModuleBlogSummary of 3)
    ``/tin-tuc`` and ``/tin-tuc?page=N`` the blog page: ModuleBlogSummary, 5 posts a page, 3 pages
                                       (``?page=1`` is the first page again; N > 3 is a 404)
    ``/tin-tuc/<slug>``                a post (the headline's link; the canonical of the post)
    ``/blog/<yyyy>/<mm>/<dd>/<slug>``  the same post under the blog module's permalink ("Weiterlesen »",
                                       tag pages, the sidebar's "Bài viết mới"); the date in it is the
                                       day the draft was created
    ``/tin-tuc/tag/<tag>``             tag pages (a listing, no pager)
    ``/<page-slug>``                   builder pages: gioi-thieu, hop-tac-duc, tuyen-sinh-2027,
                                       thu-vien-anh, lien-he
    ``/s/cc_images/…``, ``/s/misc/…``, ``/s/counter/…``, ``/s/style/…``  images, styles, scripts

Page templates
    Header (today "Thứ Bảy, 05/12/2026", logo, "emotion header" with the school's name), main
    navigation ``ul.mainNav1`` with ``ul.mainNav2`` drop-downs, breadcrumb ``#diywebBreadcrumb``,
    content column ``#diywebMainContent``, sidebar ``#diywebSidebar`` (a "Thông báo" text box,
    "Bài viết mới", tag cloud, poll, visitor counter drawn with digit images, partner logos),
    footer with address, phone, email, "Cập nhật lần cuối: 04.12.2026" and "Impressum |
    Datenschutz | Anmelden".

    A post page: the builder page's heading box ``<h1>Tin tức</h1>``, then ModuleBlog with the
    entry: date badge (``span.bdD`` / ``span.bdM`` / ``span.bdY``), ``h2.blogTitle``, meta line
    ("14:30 Uhr" when a time was set · "Chuyên mục: …"), the entry's boxes, tags, share line,
    then the comments ("Kommentare (N)") and the comment form.

How each gold article is reached
    Posts 13, 12, 11 from the home page; 13–9 from ``/tin-tuc`` (and the sidebar); 8–4 only
    from ``/tin-tuc?page=2`` (8, 10 and 4 also from tag pages); 3, 2, 1 only from
    ``/tin-tuc?page=3`` (2 also from the tag page "hợp tác quốc tế"). Every listing links each
    post twice: headline -> ``/tin-tuc/<slug>``, "Weiterlesen »" -> ``/blog/…/<slug>``.

Traps
    1. Headline hidden among builder names: ``<title>``, ``og:title`` and the page's only
       ``<h1>`` say "Tin tức" (the builder page that holds the blog); the headline is
       ``h2.blogTitle``, and the text's own subheadings are ModuleHeader boxes with ``<h2>`` too.
       Gold title = ``h2.blogTitle``; the subheadings are body paragraphs.
    2. Date badge in three spans with the German month abbreviation ("04" "Dez" "2026", "Okt",
       "Nov"), read together "04Dez2026"; the time, when set, is a separate "15:45 Uhr" in the
       meta line. Gold: "2026-12-04T15:45:00+07:00", or the day alone when no time is printed.
    3. The permalink's date is the draft's creation day, not the publication day: post 12 is
       ``/blog/2026/11/30/…`` but printed 02 Dez 2026, post 7 ``/blog/2026/11/10/…`` printed
       12 Nov. Gold: the printed date.
    4. Every post linked twice in each listing, under two URL forms (headline -> ``/tin-tuc/<slug>``,
       "Weiterlesen »" -> ``/blog/<yyyy>/<mm>/<dd>/<slug>``), both 200 with the same entry; both
       print ``<link rel="canonical">`` to the ``/tin-tuc`` form. Gold path is the ``/tin-tuc``
       form, the ``/blog`` form is in alt_paths.
    5. The text is split over numbered boxes (ModuleText, ModuleHeader, ModuleImageSubtitle,
       ModuleSpacer) — no one element holds the article; ``<p>&nbsp;</p>`` spacers are
       no paragraphs. Gold body = the text boxes of the entry in order.
    6. Some ModuleText boxes (posts 10 and 1) write each line as ``<div>…</div>`` with
       ``<div><br></div>`` blank lines, without any ``<p>``; one line has a Shift+Enter ``<br>``.
       Gold: each div line a paragraph, the ``<br>`` splits its line in two, blank lines are none.
    7. A caption typed as its own ModuleText box under the image: centred italic line in
       parentheses (posts 12, 4). Gold: the image's caption without the parentheses, not body.
       The ModuleImageSubtitle's own line (``div.imgSubtitleText``) is a caption too, unless it
       only credits the photographer ("Ảnh: Phan Đức Long" -> caption None).
    8. Bylines with honorifics: Vietnamese "Thầy"/"Cô" and the German partner's "Frau Dr. Katrin
       Vogel (Goethe-Institut Hà Nội)". Gold: the bare name ("Katrin Vogel", "Trần Thị Hoa").
    9. Blog comments under the entry: author, "04.12.2026 20:15" and paragraphs in ``<p>``, the
       comment form. Gold: not body, not the date.
   10. Dates everywhere that are not the post's: header's today, footer's "Cập nhật lần cuối:
       04.12.2026", comment dates, the permalink's date (trap 3).
   11. German text inside Vietnamese posts (posts 12 and 2 quote the partner's speech in
       German): it is the article's text. Gold: in body.
   12. Sidebar "Thông báo" ModuleText with long paragraphs on every page, and a visitor counter
       printed as digit images (``/s/counter/d4.gif``). Gold: chrome, not body, not images.
   13. Bold lead paragraph as sapo in some posts (13, 9, 2); in others the first paragraph is
       plain (no summary). Byline "BBT" (post 5) is nobody.

Gold decisions on ambiguous points
    - category: the "Chuyên mục" the breadcrumb and the meta line print (the blog's category).
    - A right-aligned unit alone ("Tổ Văn phòng", "Ban Chấp hành Đoàn trường") is the author.
    - "Bài: X – Ảnh: Y" -> authors [X], photographers [Y]; "Tin, ảnh: X" -> X in both.
    - The Vietnamese translation of the German quotation in post 12 is printed in parentheses
      as an ordinary paragraph of the text box (not under an image, not centred): body.
    - German quotations and list items in the text are body paragraphs; table rows are cells
      joined by " | ".
    - Images: the entry's ``<img>`` (``/s/cc_images/cache_<n>.jpg``), not the listing's
      ``teaserbox_<n>.jpg`` thumbnails, logos, partner banners or counter digits.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "ionos_mywebsite_thpt"
PLATFORM = "IONOS MyWebsite (1&1 website builder, blog module)"
START_PATH = "/"

SCHOOL = "Trường THPT Việt Đức"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5

CAT_NEWS = "Tin tức - Sự kiện"
CAT_DE = "Hợp tác Việt - Đức"
CAT_HS = "Hoạt động học sinh"
CAT_TB = "Thông báo"

TAGS = {
    "hoc-sinh-gioi": "học sinh giỏi",
    "tieng-duc": "tiếng Đức",
    "hop-tac-quoc-te": "hợp tác quốc tế",
    "hoat-dong-ngoai-khoa": "hoạt động ngoại khóa",
}

MONTHS_DE = {10: "Okt", 11: "Nov", 12: "Dez"}

#: a new ModuleText box starts here (the editor added another text box)
SPLIT = Raw("<!--split-->")


def _img(n: int) -> str:
    return f"/s/cc_images/cache_{n}.jpg"


def _right(text: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>')


STORIES: list[Story] = [
    Story(
        id=13,
        slug="hoc-sinh-viet-duc-gianh-5-giai-nhat-hsg-tinh",
        title="Học sinh Việt Đức giành 5 giải Nhất kỳ thi học sinh giỏi tỉnh Nghệ An năm học 2026-2027",
        cat=CAT_NEWS,
        published_at="2026-12-04T15:45:00+07:00",
        summary=(
            "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 khép lại với 27 giải "
            "của học sinh Trường THPT Việt Đức, trong đó có 5 giải Nhất."
        ),
        blocks=[
            P(
                "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 khép lại với 27 giải "
                "của học sinh Trường THPT Việt Đức, trong đó có 5 giải Nhất.",
                "lead",
            ),
            P(
                "Theo kết quả Sở GD&ĐT Nghệ An công bố ngày 03/12/2026, đội tuyển của trường đạt "
                "5 giải Nhất, 9 giải Nhì, 8 giải Ba và 5 giải Khuyến khích ở 9 môn thi."
            ),
            Img(_img(24318811), "Đội tuyển tiếng Đức nhận giấy khen của Hội đồng trường",
                "Đội tuyển tiếng Đức nhận giấy khen của Hội đồng trường", "sub"),
            P("Môn tiếng Đức lần đầu tiên được tổ chức thi cấp tỉnh", "h"),
            P(
                "Năm nay, tiếng Đức lần đầu có mặt trong danh mục môn thi. Cả 4 học sinh dự thi "
                "của trường đều đạt giải, em Nguyễn Hoài An (lớp 12D1) giành giải Nhất với 18,5 điểm."
            ),
            P(
                "Nhà trường sẽ tổ chức lễ tuyên dương các em đạt giải vào sáng thứ Hai, "
                "ngày 07/12/2026, tại sân trường."
            ),
            _right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"time": "15:45", "tags": ["hoc-sinh-gioi"], "comments": [
            ("Phụ huynh Nguyễn Văn Khánh", "04.12.2026 20:15",
             "Chúc mừng các em và các thầy cô! Mong nhà trường tiếp tục phát huy."),
        ]},
    ),
    Story(
        id=12,
        slug="doan-giao-vien-gymnasium-schwerin-tham-truong",
        title="Đoàn giáo viên Trường Gymnasium Schwerin thăm và làm việc tại trường",
        cat=CAT_DE,
        published_at="2026-12-02",
        blocks=[
            P(
                "Từ ngày 30/11 đến 02/12/2026, đoàn 6 giáo viên Trường Gymnasium Fridericianum "
                "Schwerin (CHLB Đức) do bà Sabine Krüger, Hiệu trưởng, dẫn đầu đã thăm và làm "
                "việc tại Trường THPT Việt Đức."
            ),
            P(
                "Trong ba ngày, đoàn dự giờ các lớp tiếng Đức tăng cường, trao đổi về chương trình "
                "song ngữ và thống nhất kế hoạch trao đổi học sinh năm 2027."
            ),
            Img(_img(24318902), "(Bà Sabine Krüger phát biểu tại buổi làm việc)",
                "Bà Sabine Krüger phát biểu tại buổi làm việc", "nextbox"),
            P("Phát biểu tại buổi làm việc, bà Sabine Krüger nói:"),
            P(
                "„Wir sind beeindruckt von der Motivation der Schülerinnen und Schüler. Unsere "
                "Partnerschaft ist eine Brücke zwischen Vinh und Schwerin.“",
                "q",
            ),
            P(
                "(Chúng tôi ấn tượng với tinh thần học tập của các em học sinh. Quan hệ đối tác "
                "của chúng ta là nhịp cầu nối Vinh và Schwerin.)"
            ),
            Img(_img(24318903), "Hai bên trao quà lưu niệm", "Hai bên trao quà lưu niệm", "sub"),
            P(
                "Kết thúc chuyến thăm, hai trường thống nhất mỗi năm cử 10 học sinh sang học tập "
                "ngắn hạn tại trường đối tác."
            ),
            SPLIT,
            Raw('<p style="text-align: right;"><em>Bài: Cô Nguyễn Thị Thu Hà – Ảnh: Thầy Lê Văn Nam</em></p>'),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Lê Văn Nam"],
        opts={"blogday": (2026, 11, 30), "tags": ["tieng-duc", "hop-tac-quoc-te"]},
    ),
    Story(
        id=11,
        slug="lich-thi-goethe-zertifikat-a2-b1-thang-12-2026",
        title="Lịch thi chứng chỉ tiếng Đức Goethe-Zertifikat A2, B1 tháng 12/2026",
        cat=CAT_TB,
        published_at="2026-11-28T09:00:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo lịch thi chứng chỉ tiếng Đức Goethe-Zertifikat dành cho học "
                "sinh đã đăng ký trong đợt tháng 12/2026 như sau:"
            ),
            P("Ngày thi | Cấp độ | Phòng thi", "row"),
            P("12/12/2026 | A2 (Fit in Deutsch 2) | Phòng 201, nhà A", "row"),
            P("13/12/2026 | B1 (thi viết) | Phòng 301, nhà A", "row"),
            P("14/12/2026 | B1 (thi nói) | Phòng Tiếng Đức, nhà B", "row"),
            P(
                "Học sinh có mặt trước giờ thi 30 phút, mang theo căn cước hoặc hộ chiếu và giấy "
                "báo dự thi."
            ),
            P("Mọi thắc mắc xin liên hệ Tổ Ngoại ngữ, điện thoại 0238 3 596 118."),
            _right("Tổ Ngoại ngữ"),
        ],
        authors=["Tổ Ngoại ngữ"],
        opts={"time": "09:00", "tags": ["tieng-duc"]},
    ),
    Story(
        id=10,
        slug="ngay-hoi-van-hoa-duc-deutscher-kulturtag-2026",
        title="Ngày hội văn hóa Đức - Deutscher Kulturtag 2026",
        cat=CAT_HS,
        published_at="2026-11-25",
        blocks=[
            P(
                "Sáng 24/11/2026, hơn 600 học sinh tham gia Ngày hội văn hóa Đức do Tổ Ngoại ngữ "
                "và Đoàn trường phối hợp tổ chức.",
                "div",
            ),
            P(
                "Các lớp dựng 12 gian trưng bày về ẩm thực, lễ hội và các thành phố của Đức.",
                "div",
            ),
            P("Phần thi hùng biện tiếng Đức thu hút 15 thí sinh.", "div"),
            Img(_img(24319010), "Ảnh: Phan Đức Long", None, "sub"),
            P("Giải Nhất phần thi hùng biện thuộc về em Lê Minh Châu, lớp 11D2.", "div"),
            P(
                "Ngày hội khép lại bằng tiết mục hợp xướng bài hát „O Tannenbaum“ của học sinh khối 10.",
                "div",
            ),
            Raw('<div style="text-align: right;"><strong>Tin, ảnh: Thầy Phan Đức Long</strong></div>'),
        ],
        authors=["Phan Đức Long"],
        photographers=["Phan Đức Long"],
        opts={"tags": ["tieng-duc", "hoat-dong-ngoai-khoa"], "form": "div"},
    ),
    Story(
        id=9,
        slug="tri-an-thay-co-ngay-nha-giao-viet-nam-20-11",
        title="Tri ân thầy cô nhân ngày Nhà giáo Việt Nam 20/11",
        cat=CAT_NEWS,
        published_at="2026-11-20T07:30:00+07:00",
        summary=(
            "Sáng 20/11/2026, Trường THPT Việt Đức long trọng tổ chức lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam."
        ),
        blocks=[
            P(
                "Sáng 20/11/2026, Trường THPT Việt Đức long trọng tổ chức lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam.",
                "lead",
            ),
            P(
                "Dự buổi lễ có đại diện Hội đồng quản trị, Ban đại diện cha mẹ học sinh cùng toàn "
                "thể cán bộ, giáo viên, nhân viên và học sinh nhà trường."
            ),
            P("Tại buổi lễ, nhà trường khen thưởng:"),
            P("12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường;", "li"),
            P("3 giáo viên có sáng kiến kinh nghiệm đạt giải cấp tỉnh;", "li"),
            P("Tập thể Tổ Ngoại ngữ hoàn thành xuất sắc nhiệm vụ năm học 2025-2026.", "li"),
            Img(_img(24319120), "Học sinh tặng hoa chúc mừng thầy cô",
                "Học sinh tặng hoa chúc mừng thầy cô", "sub"),
            P(
                "Chương trình văn nghệ chào mừng do học sinh các khối biểu diễn đã để lại nhiều "
                "cảm xúc cho thầy cô."
            ),
            _right("Ban Chấp hành Đoàn trường"),
        ],
        authors=["Ban Chấp hành Đoàn trường"],
        opts={"time": "07:30", "comments": [
            ("Cựu học sinh K12", "21.11.2026 08:02", "Nhớ thầy cô nhiều lắm! Chúc thầy cô luôn mạnh khỏe."),
            ("Trần Thu Trang", "22.11.2026 19:40", "Lễ kỷ niệm rất ý nghĩa."),
        ]},
    ),
    Story(
        id=8,
        slug="chuyen-gia-goethe-institut-chia-se-kinh-nghiem-hoc-tieng-duc",
        title="Chuyên gia Goethe-Institut chia sẻ kinh nghiệm học tiếng Đức cho học sinh THPT",
        cat=CAT_DE,
        published_at="2026-11-16",
        blocks=[
            P(
                "Học ngoại ngữ thứ hai ở tuổi THPT không chỉ là thêm một môn học mà là mở ra một "
                "cách nhìn mới về thế giới."
            ),
            P(
                "Tiếng Đức có ngữ pháp chặt chẽ, nhưng chính sự chặt chẽ ấy giúp người học tư duy "
                "mạch lạc. Tôi khuyên các em mỗi ngày dành 20 phút nghe và nhắc lại những câu ngắn."
            ),
            P("Ba lời khuyên cho người mới bắt đầu", "h"),
            P("Học danh từ luôn cùng với mạo từ der, die, das;", "li"),
            P("Đọc to mỗi ngày một đoạn văn ngắn;", "li"),
            P("Không sợ sai khi nói.", "li"),
            P(
                "Các em học sinh Việt Đức có lợi thế lớn: được học với giáo viên bản ngữ và có "
                "trường đối tác ở Schwerin."
            ),
            Raw('<p style="text-align: right;"><em>Frau Dr. Katrin Vogel (Goethe-Institut Hà Nội)</em></p>'),
        ],
        authors=["Katrin Vogel"],
        opts={"tags": ["tieng-duc"]},
    ),
    Story(
        id=7,
        slug="hoc-sinh-lop-10-trai-nghiem-tai-khu-di-tich-kim-lien",
        title="Học sinh lớp 10 trải nghiệm thực tế tại Khu di tích Kim Liên",
        cat=CAT_HS,
        published_at="2026-11-12",
        blocks=[
            P(
                "Ngày 11/11/2026, 280 học sinh khối 10 tham gia chuyến trải nghiệm tại Khu di tích "
                "Quốc gia đặc biệt Kim Liên, huyện Nam Đàn."
            ),
            P(
                "Các em dâng hương tại Nhà thờ họ Nguyễn Sinh, thăm quê nội, quê ngoại của Chủ "
                "tịch Hồ Chí Minh và nghe thuyết minh về thời niên thiếu của Người."
            ),
            Img(_img(24319230), "Học sinh khối 10 dâng hương tại Khu di tích Kim Liên",
                "Học sinh khối 10 dâng hương tại Khu di tích Kim Liên", "sub"),
            P(
                "Sau chuyến đi, mỗi lớp hoàn thành một sản phẩm thu hoạch dưới hình thức báo "
                "tường hoặc video ngắn."
            ),
            _right("Cô Trần Thị Hoa"),
        ],
        authors=["Trần Thị Hoa"],
        opts={"blogday": (2026, 11, 10), "tags": ["hoat-dong-ngoai-khoa"]},
    ),
    Story(
        id=6,
        slug="hoi-nghi-can-bo-vien-chuc-nguoi-lao-dong-2026-2027",
        title="Hội nghị cán bộ, viên chức, người lao động năm học 2026-2027",
        cat=CAT_NEWS,
        published_at="2026-11-06T14:00:00+07:00",
        blocks=[
            P(
                "Chiều 05/11/2026, Trường THPT Việt Đức tổ chức Hội nghị cán bộ, viên chức, người "
                "lao động năm học 2026-2027."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025-2026, thảo luận phương hướng nhiệm "
                "vụ năm học mới và sửa đổi quy chế chi tiêu nội bộ."
            ),
            P("Các chỉ tiêu chính năm học 2026-2027", "h"),
            P("Tỷ lệ tốt nghiệp THPT đạt 100%;", "li"),
            P("Ít nhất 40% học sinh khối 12 đạt chứng chỉ tiếng Đức B1.", "li"),
            P("Hội nghị đã biểu quyết thông qua nghị quyết với 100% đại biểu tán thành."),
            _right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"time": "14:00"},
    ),
    Story(
        id=5,
        slug="tuyen-chon-hoc-sinh-chuong-trinh-trao-doi-pasch-2027",
        title="Thông báo tuyển chọn học sinh tham gia chương trình trao đổi PASCH tại Đức năm 2027",
        cat=CAT_TB,
        published_at="2026-11-02",
        blocks=[
            P(
                "Thực hiện chương trình hợp tác với mạng lưới PASCH, nhà trường thông báo tuyển "
                "chọn 10 học sinh tham gia trại hè tại CHLB Đức từ 10/7 đến 31/7/2027."
            ),
            P("Điều kiện dự tuyển:", "h3"),
            P("Là học sinh lớp 10 hoặc 11 của trường;", "li"),
            P("Có chứng chỉ tiếng Đức A2 trở lên;", "li"),
            P("Kết quả học tập năm học 2025-2026 đạt mức Tốt.", "li"),
            P(
                "Hồ sơ nộp tại Phòng Đối ngoại trước ngày 30/11/2026. Danh sách học sinh được chọn "
                "sẽ công bố trên trang web của trường."
            ),
            _right("BBT"),
        ],
        opts={},
    ),
    Story(
        id=4,
        slug="giai-bong-da-hoc-sinh-cup-viet-duc-lan-thu-iii",
        title="Giải bóng đá học sinh Cúp Việt Đức lần thứ III khép lại thành công",
        cat=CAT_HS,
        published_at="2026-10-28",
        blocks=[
            P(
                "Sau hai tuần thi đấu sôi nổi, Giải bóng đá học sinh Cúp Việt Đức lần thứ III đã "
                "kết thúc chiều 27/10/2026."
            ),
            P(
                "Giải có 18 đội bóng nam và 9 đội bóng nữ tham gia. Chức vô địch nam thuộc về lớp "
                "11A2, chức vô địch nữ thuộc về lớp 12D1."
            ),
            Img(_img(24319460), "(Lớp 11A2 nhận Cúp vô địch)", "Lớp 11A2 nhận Cúp vô địch", "nextbox"),
            P(
                "Giải thưởng cầu thủ xuất sắc nhất được trao cho em Hồ Đức Mạnh (11A2), vua phá "
                "lưới là em Đặng Quốc Bảo (10A5) với 7 bàn thắng."
            ),
            _right("Thầy Hoàng Minh Tuấn"),
        ],
        authors=["Hoàng Minh Tuấn"],
        opts={"tags": ["hoat-dong-ngoai-khoa"]},
    ),
    Story(
        id=3,
        slug="truong-thpt-viet-duc-nhan-bang-khen-ubnd-tinh",
        title="Trường THPT Việt Đức được trao tặng Bằng khen của UBND tỉnh Nghệ An",
        cat=CAT_NEWS,
        published_at="2026-10-20T10:15:00+07:00",
        blocks=[
            P(
                "Ngày 19/10/2026, tại Hội nghị tổng kết phong trào thi đua năm học 2025-2026 ngành "
                "Giáo dục Nghệ An, Trường THPT Việt Đức vinh dự được nhận Bằng khen của UBND tỉnh."
            ),
            P(
                "Theo đánh giá của Sở GD&ĐT, nhà trường có thành tích xuất sắc trong dạy học ngoại "
                "ngữ và hợp tác quốc tế, là một trong những trường tư thục tiêu biểu của tỉnh."
            ),
            Img(_img(24319570), "Thầy Hiệu trưởng Nguyễn Đình Phúc nhận Bằng khen",
                "Thầy Hiệu trưởng Nguyễn Đình Phúc nhận Bằng khen", "sub"),
            P(
                "Đây là lần thứ hai nhà trường nhận Bằng khen của UBND tỉnh kể từ khi thành lập "
                "năm 2012."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Nghệ An</em></p>'),
        ],
        source="Báo Nghệ An",
        opts={"time": "10:15"},
    ),
    Story(
        id=2,
        slug="ky-ket-thoa-thuan-hop-tac-voi-gymnasium-schwerin",
        title="Ký kết thỏa thuận hợp tác với Trường Gymnasium Schwerin (CHLB Đức)",
        cat=CAT_DE,
        published_at="2026-10-14",
        summary=(
            "Ngày 12/10/2026, Trường THPT Việt Đức và Trường Gymnasium Fridericianum Schwerin "
            "ký kết thỏa thuận hợp tác giai đoạn 2026-2031."
        ),
        blocks=[
            P(
                "Ngày 12/10/2026, Trường THPT Việt Đức và Trường Gymnasium Fridericianum Schwerin "
                "ký kết thỏa thuận hợp tác giai đoạn 2026-2031.",
                "lead",
            ),
            P(
                "Lễ ký kết được tổ chức trực tuyến với sự chứng kiến của đại diện Goethe-Institut "
                "Hà Nội và Sở GD&ĐT Nghệ An."
            ),
            P("Nội dung hợp tác gồm trao đổi giáo viên, trao đổi học sinh và xây dựng học liệu song ngữ."),
            P("Lời chào của Hiệu trưởng trường đối tác:", "h"),
            P("„Liebe Kolleginnen und Kollegen in Vinh, wir freuen uns auf die Zusammenarbeit!“", "q"),
            Img(_img(24319680), "Đại diện hai trường tại lễ ký kết trực tuyến",
                "Đại diện hai trường tại lễ ký kết trực tuyến", "sub"),
            P("Thỏa thuận có hiệu lực từ ngày ký."),
            _right("Ban Đối ngoại"),
        ],
        authors=["Ban Đối ngoại"],
        opts={"tags": ["tieng-duc", "hop-tac-quoc-te"]},
    ),
    Story(
        id=1,
        slug="khai-giang-lop-tieng-duc-tang-cuong-khoi-10",
        title="Khai giảng lớp tiếng Đức tăng cường cho học sinh khối 10",
        cat=CAT_NEWS,
        published_at="2026-10-05",
        blocks=[
            P("Sáng 05/10/2026, nhà trường khai giảng 4 lớp tiếng Đức tăng cường cho học sinh khối 10.", "div"),
            P(
                "Mỗi lớp học 6 tiết một tuần với giáo viên Việt Nam và giáo viên bản ngữ do trường "
                "đối tác cử sang.",
                "div",
            ),
            P("Học sinh hoàn thành chương trình sẽ dự thi chứng chỉ A2 vào cuối năm lớp 10.", "div"),
            P("Lịch học cụ thể:", "div"),
            P("Thứ Hai, Tư, Sáu: tiết 6 và 7 buổi chiều.", "divbr"),
            P("Thứ Bảy: sinh hoạt câu lạc bộ tiếng Đức.", "div"),
            Raw('<div style="text-align: right;"><b>Tổ Ngoại ngữ</b></div>'),
        ],
        authors=["Tổ Ngoại ngữ"],
        opts={"form": "div"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


def _day(story: Story) -> tuple[int, int, int]:
    y, m, d = story.published_at[:10].split("-")
    return int(y), int(m), int(d)


def blog_path(story: Story) -> str:
    y, m, d = story.opts.get("blogday") or _day(story)
    return f"/blog/{y:04d}/{m:02d}/{d:02d}/{story.slug}"


def news_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


# --- markup of the builder -------------------------------------------------------------------


class _Ids:
    """The builder's numbered box ids: deterministic per page."""

    def __init__(self, seed: int) -> None:
        self.n = 5811000 + seed * 40

    def next(self) -> int:
        self.n += 1
        return self.n


def _box(kind: str, ids: _Ids, inner: str, extra: str = "") -> str:
    n = ids.next()
    return (
        f'<div id="Module{kind}-{n}" class="n Module{kind} module-type-{kind[0].lower() + kind[1:]} '
        f'diyfeLiveArea{extra}">\n{inner}\n</div>\n'
    )


def _date_badge(story: Story) -> str:
    y, m, d = _day(story)
    return (
        f'<div class="blogDate"><span class="bdD">{d:02d}</span>'
        f'<span class="bdM">{MONTHS_DE[m]}</span><span class="bdY">{y}</span></div>'
    )


def _text_box_inner(items: list[str], form: str) -> str:
    inner = "\n".join(items)
    return f'<div class="diyfeCE">{inner}</div>'


def render_entry(story: Story, ids: _Ids) -> str:
    """The entry's boxes: text boxes, headers, images, captions typed as boxes."""
    out: list[str] = []
    cur: list[str] = []
    form = story.opts.get("form", "p")
    list_open = False
    table_open = False

    def close_inline() -> None:
        nonlocal list_open, table_open
        if list_open:
            cur.append("</ul>")
            list_open = False
        if table_open:
            cur.append("</tbody></table>")
            table_open = False

    def flush() -> None:
        close_inline()
        if cur:
            out.append(_box("Text", ids, _text_box_inner(cur, form)))
            cur.clear()

    for block in story.blocks:
        if block is SPLIT:
            flush()
            out.append(_box("Spacer", ids, '<div class="diyfeSpacer" style="height:10px;"></div>'))
            continue
        if isinstance(block, Raw):
            close_inline()
            cur.append(block.html)
            continue
        if isinstance(block, Img):
            flush()
            n = re.search(r"(\d+)", block.src).group(1)
            sub = ""
            if block.style == "sub" and block.printed:
                sub = f'<div class="imgSubtitleText">{esc(block.printed)}</div>'
            out.append(_box(
                "ImageSubtitle", ids,
                f'<div class="imageSubtitle" style="width:100%;"><a href="{block.src}" '
                f'class="diyfeFancybox" rel="lightbox[{n}]"><img src="{block.src}" alt="" '
                f'style="width:100%;max-width:640px;" id="image_{n}"></a>{sub}</div>',
            ))
            if block.style == "nextbox":
                out.append(_box(
                    "Text", ids,
                    f'<div class="diyfeCE"><p style="text-align: center;"><span style="font-size:'
                    f'12px;"><em>{esc(block.printed or "")}</em></span></p></div>',
                ))
            continue
        st = block.style
        if st == "h":
            flush()
            out.append(_box("Header", ids, f"<h2>{esc(block.text)}</h2>"))
            continue
        if st == "li":
            if not list_open:
                close_inline()
                cur.append("<ul>")
                list_open = True
            cur.append(f"<li>{esc(block.text)}</li>")
            continue
        if st == "row":
            cells = block.text.split(" | ")
            if not table_open:
                close_inline()
                cur.append('<table border="1" cellpadding="4" style="border-collapse:collapse;"><tbody>')
                table_open = True
                cur.append("<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells) + "</tr>")
            else:
                cur.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
            continue
        close_inline()
        if st == "lead":
            cur.append(f"<p><strong>{esc(block.text)}</strong></p>")
        elif st == "q":
            cur.append(f'<blockquote><p><em>{esc(block.text)}</em></p></blockquote>')
        elif st == "h3":
            cur.append(f"<p><strong><u>{esc(block.text)}</u></strong></p>")
        elif st == "div":
            cur.append(f"<div>{esc(block.text)}</div>")
            cur.append("<div><br></div>")
        elif st == "divbr":
            # a line typed with Shift+Enter: the previous div line gets a <br> and this one
            prev = cur.pop()  # the blank line
            if prev != "<div><br></div>":
                cur.append(prev)
            last = cur.pop()
            cur.append(last[:-6] + f"<br>{esc(block.text)}</div>")
            cur.append("<div><br></div>")
        else:
            cur.append(f"<p>{esc(block.text)}</p>")
            if form == "p" and story.id % 2:
                cur.append("<p>&nbsp;</p>")
    flush()
    return "".join(out)


# --- chrome --------------------------------------------------------------------------------


NAV = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/hop-tac-duc", "Hợp tác Việt - Đức")]),
    ("/tin-tuc", "Tin tức", []),
    ("/tuyen-sinh-2027", "Tuyển sinh 2027", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def _nav(active: str) -> str:
    items = []
    for href, label, subs in NAV:
        cls = ' class="current"' if href == active else ""
        sub = ""
        if subs:
            sub = '<ul class="mainNav2">' + "".join(
                f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs
            ) + "</ul>"
        items.append(f'<li{cls}><a href="{href}">{esc(label)}</a>{sub}</li>')
    return f'<div id="diywebNav1"><ul class="mainNav1">{"".join(items)}</ul></div>'


def _counter() -> str:
    digits = "".join(f'<img src="/s/counter/d{c}.gif" alt="{c}">' for c in "482913")
    return (
        '<div id="ModuleCounter-5809987" class="n ModuleCounter module-type-counter diyfeLiveArea">'
        f'<div class="counterDigits">{digits}</div>'
        "<p>Đang online: 7<br>Hôm nay: 312<br>Tổng truy cập: 482.913</p></div>"
    )


def _sidebar() -> str:
    newest = "".join(
        f'<li><a href="{blog_path(s)}">{esc(s.title)}</a></li>' for s in STORIES[:PER_PAGE]
    )
    tags = " ".join(f'<a href="/tin-tuc/tag/{k}">{esc(v)}</a>' for k, v in TAGS.items())
    return f"""
<div id="diywebSidebar"><div class="diywebGutter">
<div id="ModuleText-5809901" class="n ModuleText module-type-text diyfeLiveArea"><div class="diyfeCE">
<h3>Thông báo</h3>
<p>Nhà trường nhận hồ sơ tuyển sinh lớp 10 năm học 2027-2028 từ ngày 01/03/2027. Học sinh đăng ký
lớp tiếng Đức tăng cường dự kiểm tra năng lực ngoại ngữ vào ngày 15/05/2027 tại cơ sở chính.</p>
<p>Phụ huynh cần tư vấn xin liên hệ văn phòng tuyển sinh trong giờ hành chính, kể cả sáng thứ Bảy.</p>
</div></div>
<div id="ModuleText-5809902" class="n ModuleText module-type-text diyfeLiveArea"><div class="diyfeCE">
<h3>Bài viết mới</h3><ul class="newPosts">{newest}</ul></div></div>
<div id="ModuleText-5809903" class="n ModuleText module-type-text diyfeLiveArea"><div class="diyfeCE">
<h3>Tags</h3><p class="tagCloud">{tags}</p></div></div>
<div id="ModulePoll-5809904" class="n ModulePoll module-type-poll diyfeLiveArea">
<h3>Bình chọn</h3><p>Em thích học ngoại ngữ thứ hai nào?</p>
<form action="#" onsubmit="return false;"><label><input type="radio" name="v" value="1"> Tiếng Đức</label><br>
<label><input type="radio" name="v" value="2"> Tiếng Pháp</label><br>
<label><input type="radio" name="v" value="3"> Tiếng Nhật</label><br>
<button type="button">Abstimmen</button></form></div>
{_counter()}
<div id="ModuleImage-5809906" class="n ModuleImage module-type-image diyfeLiveArea">
<a href="https://www.pasch-net.de/" target="_blank"><img src="/s/misc/pasch-partnerschule.png" alt="PASCH"></a>
<a href="https://www.goethe.de/vietnam" target="_blank"><img src="/s/misc/goethe-logo.png" alt="Goethe-Institut"></a>
</div>
</div></div>"""


def page(request: Request, *, title: str, active: str, crumbs: list[tuple[str | None, str]],
         content: str, canonical: str | None = None, description: str = "") -> Response:
    base = base_url(request)
    crumb = " » ".join(
        f'<a href="{h}">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>" for h, t in crumbs
    )
    canon = f'<link rel="canonical" href="{base}{canonical}">' if canonical else ""
    desc = f'<meta name="description" content="{esc(description)}">' if description else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8">
<title>{esc(title)} - {SCHOOL}</title>
<meta name="generator" content="IONOS MyWebsite">
{desc}
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{SCHOOL}">
{canon}
<link rel="stylesheet" href="/s/style/layout.css">
<link rel="stylesheet" href="/s/style/font.css">
<script src="/s/script/diyfe.js"></script>
</head>
<body class="diyw diyfeNoMobile diyfeNoSidebar-false">
<div id="diywebWrapper">
<div id="diywebTopbar"><span class="todayDate">{TODAY_LINE}</span>
<span class="lang"><a href="/">VI</a> | DE</span></div>
<div id="diywebHeader">
<a href="/"><img src="/s/misc/logo.jpg" alt="Logo Trường THPT Việt Đức" id="diywebLogo"></a>
<div id="emotion-header"><span class="emotion-header-title">{SCHOOL}</span>
<span class="emotion-header-subtitle">Deutsch-Vietnamesisches Gymnasium Vinh · Thành phố Vinh, Nghệ An</span></div>
</div>
{_nav(active)}
<div id="diywebBreadcrumb">{crumb}</div>
<div id="diywebContent">
<div id="diywebMainContent"><div class="diywebGutter">
{content}
</div></div>
{_sidebar()}
</div>
<div id="diywebFooter"><div class="diywebGutter">
<div id="ModuleText-5809990" class="n ModuleText module-type-text diyfeLiveArea"><div class="diyfeCE">
<p><strong>TRƯỜNG THPT VIỆT ĐỨC</strong> (tư thục)<br>Địa chỉ: Số 27 đường Lê Hồng Phong, phường Hưng Bình,
thành phố Vinh, tỉnh Nghệ An<br>Điện thoại: 0238 3 596 118 · Email: lienhe@thptvietduc-vinh.edu.vn</p>
<p>© 2026 {SCHOOL} · Cập nhật lần cuối: 04.12.2026</p></div></div>
<div id="diywebFooterNav"><a href="/lien-he">Impressum</a> | <a href="/lien-he#datenschutz">Datenschutz</a> |
<a href="https://login.ionos.de/" rel="nofollow">Anmelden</a></div>
</div></div>
</div>
</body></html>"""
    return html(doc)


def _page_title_box(ids: _Ids, text: str) -> str:
    return _box("Header", ids, f"<h1>{esc(text)}</h1>")


def _teaser(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) < 120 else first[:117].rsplit(" ", 1)[0] + " …"


def _summary_item(story: Story) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img)), None)
    thumb = ""
    if img is not None:
        n = re.search(r"(\d+)", img.src).group(1)
        thumb = (
            f'<div class="blogSummaryImage"><a href="{news_path(story)}">'
            f'<img src="/s/cc_images/teaserbox_{n}.jpg" alt=""></a></div>'
        )
    ncom = len(story.opts.get("comments", []))
    return f"""<div class="blogSummaryEntry" id="blogSummaryEntry-{story.id}">
{_date_badge(story)}
{thumb}
<h2 class="blogSummaryTitle"><a href="{news_path(story)}">{esc(story.title)}</a></h2>
<div class="blogSummaryText">{esc(_teaser(story))}</div>
<div class="blogSummaryMore"><a href="{blog_path(story)}">Weiterlesen »</a>
<span class="blogCommentCount">{ncom} Kommentare</span></div>
</div>"""


def _listing(stories: list[Story], ids: _Ids) -> str:
    items = "\n".join(_summary_item(s) for s in stories)
    return _box("BlogSummary", ids, f'<div class="blogSummary">{items}</div>')


def render_post(request: Request, story: Story) -> Response:
    ids = _Ids(story.id)
    meta = []
    if story.opts.get("time"):
        meta.append(f'<span class="blogTime">{story.opts["time"]} Uhr</span>')
    meta.append(f'<span class="blogCat">Chuyên mục: {esc(story.cat)}</span>')
    tags = story.opts.get("tags", [])
    tag_line = ""
    if tags:
        tag_line = '<div class="blogTags">Tags: ' + ", ".join(
            f'<a href="/tin-tuc/tag/{t}">{esc(TAGS[t])}</a>' for t in tags
        ) + "</div>"
    comments = story.opts.get("comments", [])
    com_html = "".join(
        f'<div class="blogComment"><div class="blogCommentAuthor">{esc(a)}</div>'
        f'<div class="blogCommentDate">{d}</div><p>{esc(t)}</p></div>'
        for a, d, t in comments
    )
    entry = f"""<div class="blogEntry" id="blogEntry-{story.id}">
{_date_badge(story)}
<h2 class="blogTitle">{esc(story.title)}</h2>
<div class="blogMeta">{" · ".join(meta)}</div>
<div class="blogContent">
{render_entry(story, ids)}
</div>
{tag_line}
<div class="blogShare">Teilen: <a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{news_path(story)}"
target="_blank">Facebook</a> · <a href="https://twitter.com/intent/tweet" target="_blank">X</a> ·
<a href="javascript:window.print();">In bài</a></div>
</div>
<div class="blogComments"><h3>Kommentare ({len(comments)})</h3>
{com_html}
<div class="blogCommentForm"><h4>Kommentar schreiben</h4>
<form method="post" action="#" onsubmit="return false;"><input type="text" name="name" placeholder="Name">
<textarea name="comment"></textarea><button type="button">Kommentar abschicken</button></form></div>
</div>"""
    content = _page_title_box(ids, "Tin tức") + _box("Blog", ids, entry)
    return page(
        request, title="Tin tức", active="/tin-tuc",
        crumbs=[("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), (None, story.cat)],
        content=content, canonical=news_path(story),
        description="Tin tức và hoạt động của Trường THPT Việt Đức, thành phố Vinh.",
    )


def _pager(n: int, last: int) -> str:
    parts = []
    if n > 1:
        parts.append(f'<a href="?page={n - 1}" class="newer">« Neuere Beiträge</a>')
    for k in range(1, last + 1):
        parts.append(f"<strong>{k}</strong>" if k == n else f'<a href="?page={k}">{k}</a>')
    if n < last:
        parts.append(f'<a href="?page={n + 1}" class="older">Ältere Beiträge »</a>')
    return f'<div class="blogPager">{" ".join(parts)}</div>'


def render_list(request: Request, n: int) -> Response | None:
    last = (len(STORIES) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= n <= last:
        return None
    ids = _Ids(100 + n)
    chunk = STORIES[(n - 1) * PER_PAGE: n * PER_PAGE]
    content = _page_title_box(ids, "Tin tức") + _listing(chunk, ids) + _pager(n, last)
    return page(
        request, title="Tin tức", active="/tin-tuc",
        crumbs=[("/", "Trang chủ"), (None, "Tin tức")], content=content,
        canonical="/tin-tuc" if n == 1 else f"/tin-tuc?page={n}",
    )


def render_tag(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    ids = _Ids(200 + list(TAGS).index(tag))
    chosen = [s for s in STORIES if tag in s.opts.get("tags", [])]
    items = "".join(
        f'<li>{_date_badge(s)}<a href="{blog_path(s)}">{esc(s.title)}</a></li>' for s in chosen
    )
    content = _page_title_box(ids, f"Tag: {TAGS[tag]}") + _box(
        "Text", ids, f'<div class="diyfeCE"><ul class="tagList">{items}</ul></div>'
    )
    return page(
        request, title=f"Tag: {TAGS[tag]}", active="/tin-tuc",
        crumbs=[("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), (None, TAGS[tag])], content=content,
    )


def render_home(request: Request) -> Response:
    ids = _Ids(300)
    welcome = _box("Text", ids, """<div class="diyfeCE">
<h2>Chào mừng đến với Trường THPT Việt Đức</h2>
<p>Trường THPT Việt Đức là trường tư thục được thành lập năm 2012 tại thành phố Vinh, với chương
trình tiếng Đức tăng cường và quan hệ đối tác với Trường Gymnasium Fridericianum Schwerin.</p>
<p><a href="/gioi-thieu">Tìm hiểu thêm về nhà trường »</a></p></div>""")
    content = (
        _page_title_box(ids, "Trang chủ") + welcome
        + _box("Header", ids, "<h2>Tin mới nhất</h2>") + _listing(STORIES[:3], ids)
        + _box("Text", ids, '<div class="diyfeCE"><p><a href="/tin-tuc">Alle Beiträge »</a></p></div>')
    )
    return page(request, title="Trang chủ", active="/", crumbs=[(None, "Trang chủ")], content=content)


# --- builder pages (not articles) -------------------------------------------------------------

PAGES: dict[str, tuple[str, str]] = {
    "/gioi-thieu": ("Giới thiệu", """<p>Trường THPT Việt Đức được UBND tỉnh Nghệ An cho phép thành lập
theo Quyết định số 1842/QĐ-UBND ngày 15/6/2012. Hiện trường có 36 lớp với hơn 1.400 học sinh.</p>
<h2>Sứ mệnh</h2><p>Đào tạo những học sinh giỏi ngoại ngữ, tự tin hội nhập, có bản lĩnh và trách nhiệm.</p>
<h2>Ban Giám hiệu</h2><ul><li>Hiệu trưởng: ThS. Nguyễn Đình Phúc</li>
<li>Phó Hiệu trưởng: ThS. Võ Thị Lan Anh</li></ul>"""),
    "/hop-tac-duc": ("Hợp tác Việt - Đức", """<p>Từ năm 2015, nhà trường là thành viên mạng lưới
PASCH ("Schulen: Partner der Zukunft") do Bộ Ngoại giao CHLB Đức khởi xướng.</p>
<p>Trường đối tác: Gymnasium Fridericianum Schwerin, bang Mecklenburg-Vorpommern.</p>
<p>Wir sind eine PASCH-Schule in Vinh. Deutsch wird bei uns ab Klasse 10 unterrichtet.</p>"""),
    "/tuyen-sinh-2027": ("Tuyển sinh 2027", """<p>Chỉ tiêu tuyển sinh lớp 10 năm học 2027-2028: 450 học sinh.</p>
<table border="1"><tbody><tr><td>Hệ</td><td>Chỉ tiêu</td></tr><tr><td>Tiếng Đức tăng cường</td><td>160</td></tr>
<tr><td>Chuẩn</td><td>290</td></tr></tbody></table>
<p>Hồ sơ nhận tại văn phòng nhà trường từ ngày 01/03/2027.</p>"""),
    "/thu-vien-anh": ("Thư viện ảnh", "".join(
        f'<a href="/s/cc_images/cache_2440{k}.jpg" rel="lightbox[g]"><img src="/s/cc_images/thumb_2440{k}.jpg" '
        f'alt="Ảnh {k}"></a>' for k in range(10, 18)
    )),
    "/lien-he": ("Liên hệ", """<p>Trường THPT Việt Đức<br>Số 27 đường Lê Hồng Phong, phường Hưng Bình,
thành phố Vinh, Nghệ An<br>Điện thoại: 0238 3 596 118</p>
<form method="post" action="#" onsubmit="return false;"><input type="text" name="name">
<input type="email" name="email"><textarea name="msg"></textarea><button type="button">Senden</button></form>
<h2 id="datenschutz">Datenschutz</h2><p>Trang web không thu thập dữ liệu cá nhân ngoài biểu mẫu liên hệ.</p>"""),
}


def render_page(request: Request, path: str) -> Response:
    title, body = PAGES[path]
    ids = _Ids(400 + list(PAGES).index(path))
    kind = "Gallery" if path == "/thu-vien-anh" else "Text"
    content = _page_title_box(ids, title) + _box(kind, ids, f'<div class="diyfeCE">{body}</div>')
    return page(request, title=title, active=path, crumbs=[("/", "Trang chủ"), (None, title)],
                content=content)


# --- routing ---------------------------------------------------------------------------------

_BLOG = re.compile(r"^/blog/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith("/s/"):
            return static_file(path)
        if path == "/" and not request.query:
            return render_home(request)
        if path == "/tin-tuc":
            params = request.params
            if not request.query:
                return render_list(request, 1)
            if set(params) == {"page"} and params["page"].isdigit():
                return render_list(request, int(params["page"]))
            return None
        if request.query:
            return None
        if path.startswith("/tin-tuc/tag/"):
            return render_tag(request, path[len("/tin-tuc/tag/"):])
        if path.startswith("/tin-tuc/"):
            story = BY_SLUG.get(path[len("/tin-tuc/"):])
            return render_post(request, story) if story else None
        m = _BLOG.match(path)
        if m:
            story = BY_SLUG.get(m.group(4))
            if story and blog_path(story) == path:
                return render_post(request, story)
            return None
        if path in PAGES:
            return render_page(request, path)
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(s, news_path(s), s.cat, canonical_path=news_path(s), alt_paths=[blog_path(s)])
    for s in STORIES
]

NON_ARTICLES = ["/gioi-thieu", "/hop-tac-duc", "/tuyen-sinh-2027", "/thu-vien-anh", "/lien-he"]
