"""Trường THPT Nguyễn Huệ (thị xã Ninh Hòa, Khánh Hòa): a Blogger (blogspot) school blog.

Platform
    Blogger on a custom domain with a free Vietnamese template ("Ninh Hòa Xanh", a re-skin of
    Blogger's "Simple" layout): the standard Blogger widget markup (``Blog1``, ``PopularPosts1``,
    ``Label1``, ``BlogArchive1``, ``HTML*``) wrapped in the template's own Vietnamese-named
    boxes (``khung-chinh``, ``cot-phai``, ``duong-dan``, ``menu-ngang``). Labels are the
    categories; posts keep whatever HTML the Blogger editor (or a Word paste) produced.

URL scheme
    ``/<yyyy>/<mm>/<slug>.html``          a post (Blogger slugs: diacritics stripped, "đ" dropped,
                                          cut near 40 characters, ``_<dd>`` added on a clash)
    ``/p/<slug>.html``                    a static page (same post markup, no date)
    ``/``                                 home: 5 posts, full text unless the post has a jump break
    ``/search?updated-max=<ISO>&max-results=5``                     older posts
    ``/search?updated-min=<ISO>&max-results=5&reverse-paginate=true`` newer posts
    ``/search/label/<Label>``             label list, 5 a page (post footers, label widget)
    ``/search/label/<Label>?max-results=3`` the same list as the top menu links it, 3 a page,
                                          paged on with ``updated-max=…&max-results=3&start=3&by-date=false``
    ``/search?q=…``                       the search box (GET form)
    ``/<yyyy>/<mm>/``                     month archive (only as ``<option value>`` of the archive menu)
    ``/feeds/posts/default``              Atom feed (``<link rel=alternate>`` and "Bài đăng (Atom)")
    ``/img/b/R29vZ2xl/<code>/<size>/<FILE>.JPG``  images (Blogger's ``s640``, ``s1600``, ``s72-c``)

Page templates
    Every page: header clock "Thứ Bảy, 05/12/2026", the blog name as ``<h1 class='title'>``,
    a drop-down menu of labels and pages, the right column (popular posts with ``s72-c``
    thumbnails and snippets, the label list with counts, the archive ``<select>``, a visitor
    counter, links), the footer with address/phone/email. A post page adds a breadcrumb built
    from the post's menu label, the Blog1 widget (``h2.date-header`` with the day, the post's
    ``h3.post-title``, ``div.post-body``, ``div.post-footer`` with "Đăng bởi <account> vào lúc
    <time>", share buttons and "Nhãn:"), the template's "Bài viết cùng chuyên mục" box, the
    reader comments and the "Bài đăng Mới hơn / Bài đăng Cũ hơn / Trang chủ" pager.

How each gold article is reached
    Home and its ``updated-max`` pages hold all 14 posts (13 articles and one document post),
    5 a page: the October posts only from page 3 of the home list, page 2 of the "Tin tức" menu
    list, the label lists or by walking the post pages' "Bài đăng Cũ hơn" chain.

Traps
    1. The day and the time are printed apart: the day in ``h2.date-header`` above the post as
       "Thứ Năm, 3 tháng 12, 2026", the time at the bottom in the footer as "vào lúc 3:15 CH"
       (Blogger's 12-hour Vietnamese clock, SA/CH) -> gold joins them: "2026-12-03T15:15:00+07:00"
       (the ``abbr.published`` title says the same). [not a README example]
    2. On list pages a post without a jump break is printed in full (text, photos, byline,
       footer) and posts of one day share one ``date-header`` (on home page 3 the document post
       of 14/10 sits under the header of "Tuyên truyền an toàn giao thông…", printed once): the
       home and label pages look like articles; they are listings. The "Đọc thêm »" link is the post's URL + ``#more``.
       [not a README example]
    3. Reader comments under the post (``dl#comments-block``: ``<dd class='comment-body'><p>…``
       and dated "4 tháng 12, 2026 lúc 7:12 CH" lines) are not body, and their permalinks
       ``<post>.html?showComment=<ms>#c<id>`` serve the whole post again -> alt_paths.
       [not a README example]
    4. Captions in Blogger's ``table.tr-caption-container``: the photo in the first row, the
       caption in ``td.tr-caption`` in the second. It is a caption, not a table row of text
       (the README's "table rows are paragraphs" must not apply). A caption cell reading only
       "Ảnh: Nguyễn Hữu Phước" credits a photographer (caption None). [not a README example]
    5. Text outside ``<p>``: a post written in Blogger's compose box is a bare text node at the
       top of ``div.post-body`` and lines split by ``<br />`` (empty lines as ``<br /><br />``);
       another is one ``<div style="text-align: justify;">`` per line with ``<div><br /></div>``
       spacers. Each line is a paragraph; spacers are nothing. [not a README example]
    6. Two different articles both titled "Thông báo" (Nov 12 and Nov 28), the second at
       Blogger's clash slug ``thong-bao_28.html``: deduplicating on the title (or on a "near"
       URL) loses one. Slugs drop "đ" ("oan-truong-…" for "Đoàn trường", "ai-hoi-…" for "Đại
       hội") and are cut mid-title, so the slug is no guide to the title. [not a README example]
    7. Several labels a post, printed alphabetically in "Nhãn:" ("Nổi bật, Tin tức"): the
       category is the breadcrumb's label (the menu label), not the first printed; "Nổi bật"
       is a label list, never a category. [not a README example]
    8. The blog name is the page's ``<h1>`` on every page and ``<title>`` reads "<blog name>:
       <post title>"; the headline is ``h3.post-title``. In-body subheadings are ``<h3>`` too.
    9. "Đăng bởi THPT Nguyễn Huệ - Ninh Hòa" in the footer is the Blogger account: nobody. The
       writers sign at the end of the text, right-aligned: "Tin, ảnh: Lê Thị Thu Hà" (author
       and photographer), "Bài: Thầy Trần Văn Minh - Tổ trưởng Tổ Ngữ văn" (-> "Trần Văn Minh":
       honorific "Thầy"/"Cô" and post dropped), "BCH Đoàn trường" (a unit: the author).
    10. A post pasted from Word: ``<style>`` with ``table.MsoNormalTable {…}`` inside the post
        body, ``p.MsoNormal`` with ``<o:p>&nbsp;</o:p>`` empty paragraphs, list items whose "-" bullet
        is a ``<span style="mso-list: Ignore;">`` between ``<!--[if !supportLists]-->`` comments:
        the style sheet and the markers are no text (the item is "Giải Nhất: cô …").
    11. Image links: ``<a href='…/s1600/X.JPG' imageanchor='1'><img src='…/s640/X.JPG'>``;
        the article's image is the ``<img src>`` (s640). The sidebar's popular posts and the
        "Bài viết cùng chuyên mục" box show ``s72-c`` thumbnails of the same photos (and of the
        current post's own photo) with text snippets: not the article's.
    12. An official notice pasted with its letterhead table ("SỞ GD&ĐT KHÁNH HÒA / TRƯỜNG THPT
        NGUYỄN HUỆ | CỘNG HÒA …", "Ninh Hòa, ngày 11 tháng 11 năm 2026") posted on Nov 12
        at 7:30 SA -> published_at is the letterhead's day "2026-11-11"; its signer
        "Nguyễn Thị Kim Oanh" is the author; letterhead, kind/subject lines, "Nơi nhận" are not body.
    13. A post scheduled at midnight prints "vào lúc 12:00 SA" -> the day alone "2026-11-03".
    14. One post was typed with Unikey's "Unicode tổ hợp" (decomposed, NFD) -> gold is NFC.
    15. A document post (label "Văn bản": a decision's number, a Google Drive viewer and a
        "Tải về" link) lives at a post URL like any article: it is a NON_ARTICLE. Static pages
        ``/p/…`` use the very same post markup (``h3.post-title``, ``div.post-body``) with no
        date: not articles either.
    16. Label list URLs come in two forms (plain from footers and the label widget,
        ``?max-results=3`` from the menu), percent-encoded UTF-8 ("Tin%20t%E1%BB%A9c"), and the
        pager's cursor is a timestamp ("updated-max=2026-11-16T14:05:00%2B07:00"): the same
        list under several URLs; the month archives hide in ``<option value>`` of a ``<select>``.

Gold decisions on ambiguous points
    - ``published_at``: the day of ``h2.date-header`` with the footer's time (12-hour clock read
      as such); the letterhead day for the pasted notice; the day alone for the midnight post.
    - ``category``: the label the breadcrumb prints (each post has exactly one menu label).
    - ``images``: ``<img src>`` as printed (the s640 size), not the ``s1600`` link target.
    - Captions: ``td.tr-caption`` text, or the centred italic line right under a photo
      (``(…)`` parentheses taken off); a line "Ảnh: X" is a credit (caption None, X a photographer).
    - The Blogger account in "Đăng bởi" is never an author; a post without a signed line has
      no author. "Tin: X" / "Ảnh: Y" on two lines -> [X], [Y].
    - ``summary``: only a bold lead paragraph (the og:description snippet is no sapo).
    - Reader comments, the "Bài viết cùng chuyên mục" box, the share buttons and "Nhãn:" are
      not body; a YouTube iframe is no image.
    - The document post and the ``/p/`` pages are not articles (NON_ARTICLES).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "blogger_school_thpt"
PLATFORM = "Blogger (blogspot, custom domain, Vietnamese free template)"
START_PATH = "/"

BLOG_NAME = "Trường THPT Nguyễn Huệ - TX Ninh Hòa"
BLOG_ID = "7351902846612093457"
ACCOUNT = "THPT Nguyễn Huệ - Ninh Hòa"
PROFILE = "https://www.blogger.com/profile/04718829301547762210"
CLOCK = "Thứ Bảy, 05/12/2026"
TZ = timezone(timedelta(hours=7))
HOME_SIZE = 5
MENU_SIZE = 3

MENU_LABELS = ["Tin tức", "Thông báo", "Hoạt động Đoàn", "Chuyên môn", "Học tập",
               "Thi đua - Khen thưởng", "Văn bản"]
ALL_LABELS = [*MENU_LABELS, "Nổi bật"]


def _img(name: str, size: str = "s640") -> str:
    """A Blogger image path on the blog's host: /img/b/R29vZ2xl/<opaque>/<size>/<name>."""
    code = "AVvXsE" + hashlib.sha256(name.encode()).hexdigest()[:30]
    return f"/img/b/R29vZ2xl/{code}/{size}/{name}"


def _resize(src: str, size: str) -> str:
    head, _, name = src.rpartition("/")
    return head.rpartition("/")[0] + f"/{size}/{name}"


def _right(line: str, tag: str = "b") -> Raw:
    return Raw(f'<div style="text-align: right;"><{tag}><i>{esc(line)}</i></{tag}></div>')


# ------------------------------------------------------------------------------------------
# the stories (newest first); opts: stamp (the Blogger timestamp), form, more, labels, comments

S1 = Story(
    1, "2026/12/oan-truong-to-chuc-hoi-thi-rung-chuong",
    "Đoàn trường tổ chức Hội thi “Rung chuông vàng” chào mừng 82 năm Ngày thành lập QĐND Việt Nam",
    "Hoạt động Đoàn", "2026-12-04T16:20:00+07:00",
    [
        P("Chiều ngày 04/12/2026, tại sân trường, Ban Chấp hành Đoàn trường THPT Nguyễn Huệ tổ "
          "chức Hội thi “Rung chuông vàng” với chủ đề “Tự hào truyền thống Quân đội nhân dân Việt "
          "Nam” chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026)."),
        P("Tham gia hội thi có 100 đoàn viên được chọn từ 30 chi đoàn của ba khối lớp. Các thí sinh "
          "lần lượt trả lời 25 câu hỏi về lịch sử Quân đội, về các chiến công của lực lượng vũ trang "
          "tỉnh Khánh Hòa và về kiến thức quốc phòng - an ninh đã học trong chương trình."),
        Img(_img("RCV_2026_01.JPG"), "Các thí sinh tham gia Hội thi trên sân trường",
            "Các thí sinh tham gia Hội thi trên sân trường", "table"),
        P("Sau hơn hai giờ tranh tài sôi nổi, em Trần Ngọc Bảo Anh, lớp 11A2, là thí sinh duy nhất "
          "vượt qua câu hỏi cuối cùng và rung tiếng chuông vàng của hội thi. Ban tổ chức cũng trao "
          "giải cho các em có thành tích tốt và giải “Cổ động viên nhiệt tình” cho chi đoàn 10A5."),
        Img(_img("RCV_2026_02.JPG"), "Thầy Hiệu trưởng Nguyễn Văn Thành trao giải cho thí sinh rung chuông vàng",
            "Thầy Hiệu trưởng Nguyễn Văn Thành trao giải cho thí sinh rung chuông vàng", "table"),
        P("Hội thi là dịp để đoàn viên, thanh niên nhà trường ôn lại truyền thống vẻ vang của Quân "
          "đội nhân dân Việt Nam, bồi đắp lòng yêu nước và ý thức trách nhiệm của thế hệ trẻ đối với "
          "sự nghiệp xây dựng và bảo vệ Tổ quốc."),
        _right("BCH Đoàn trường"),
    ],
    authors=["BCH Đoàn trường"],
    opts={"stamp": "2026-12-04T16:20:00", "form": "div", "more": 1, "labels": ["Nổi bật"],
          "comments": [("Nguyễn Minh Khôi", "1764853920000", "5731948201564423017",
                        "4 tháng 12, 2026 lúc 7:12 CH", "Chúc mừng bạn Bảo Anh! Hội thi rất hay và bổ ích."),
                       ("Cựu HS khóa 2010 - 2013", "1764892800000", "8842017732960118224",
                        "5 tháng 12, 2026 lúc 6:00 SA", "Nhớ trường quá. Chúc Đoàn trường ngày càng vững mạnh.")]},
)

S2 = Story(
    2, "2026/12/hoi-thi-giao-vien-day-gioi-cap-truong",
    "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    "Chuyên môn", "2026-12-03T15:15:00+07:00",
    [
        P("Thực hiện kế hoạch năm học 2026 - 2027, từ ngày 16/11 đến ngày 02/12/2026, Trường THPT "
          "Nguyễn Huệ tổ chức Hội thi giáo viên dạy giỏi cấp trường với 24 giáo viên đến từ 8 tổ "
          "chuyên môn tham gia."),
        P("Mục đích của hội thi", "h"),
        P("Hội thi nhằm phát hiện, bồi dưỡng và nhân rộng các điển hình giáo viên dạy giỏi; đẩy mạnh "
          "đổi mới phương pháp dạy học theo định hướng phát triển phẩm chất, năng lực học sinh, gắn "
          "với Chương trình giáo dục phổ thông 2018."),
        P("Mỗi giáo viên dự thi trình bày một biện pháp nâng cao chất lượng giảng dạy và dạy hai tiết "
          "thực hành trên lớp, trong đó có một tiết do Ban tổ chức bốc thăm trước ba ngày."),
        Img(_img("GVDG_TIET_DAY.JPG")),
        P("Kết quả hội thi", "h"),
        P("Ban giám khảo công nhận 19 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, trong "
          "đó 6 giáo viên được chọn tham dự hội thi giáo viên dạy giỏi cấp tỉnh vào tháng 3/2027."),
        P("Giải Nhất: cô Nguyễn Thị Hồng Nhung, Tổ Ngữ văn, với tiết dạy “Đây thôn Vĩ Dạ”.", "mli"),
        P("Giải Nhì: thầy Đỗ Thanh Tùng, Tổ Toán - Tin, và cô Huỳnh Thị Thảo, Tổ Tiếng Anh.", "mli"),
        P("Phát biểu bế mạc, thầy Hiệu trưởng ghi nhận sự chuẩn bị công phu của các thầy cô và đề "
          "nghị các tổ chuyên môn tiếp tục sinh hoạt theo nghiên cứu bài học để lan tỏa những tiết "
          "dạy hay trong toàn trường."),
        _right("Bài: Thầy Trần Văn Minh - Tổ trưởng Tổ Ngữ văn"),
    ],
    authors=["Trần Văn Minh"],
    opts={"stamp": "2026-12-03T15:15:00", "form": "mso"},
)

S3 = Story(
    3, "2026/11/thong-bao_28", "Thông báo", "Thông báo", "2026-11-28T16:40:00+07:00",
    [
        P("Do ảnh hưởng của đợt mưa lớn kéo dài, nhiều tuyến đường trên địa bàn các xã Ninh Lộc, "
          "Ninh Ích, Ninh Hưng bị ngập sâu, không bảo đảm an toàn cho học sinh đi học."),
        P("Nhà trường thông báo cho toàn thể học sinh nghỉ học ngày thứ Bảy, 29/11/2026. Lịch học "
          "bù sẽ được giáo viên chủ nhiệm thông báo đến từng lớp qua nhóm Zalo."),
        P("Đề nghị cha mẹ học sinh nhắc nhở con em không tắm sông, suối, không qua lại những nơi "
          "nước chảy xiết và theo dõi thông báo tiếp theo của nhà trường."),
        _right("Văn phòng nhà trường"),
    ],
    authors=["Văn phòng nhà trường"],
    opts={"stamp": "2026-11-28T16:40:00", "form": "p"},
)

S4 = Story(
    4, "2026/11/hoc-sinh-truong-thpt-nguyen-hue-at-12",
    "Học sinh Trường THPT Nguyễn Huệ đạt 12 giải trong kỳ thi chọn học sinh giỏi cấp tỉnh",
    "Thi đua - Khen thưởng", "2026-11-25T10:30:00+07:00",
    [
        P("Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026 - 2027 vừa qua, đội tuyển của "
          "nhà trường đạt 12 giải, gồm 1 giải Nhì, 4 giải Ba và 7 giải Khuyến khích.", "b"),
        P("Đây là năm thứ ba liên tiếp nhà trường có học sinh đạt giải ở tất cả các môn dự thi. "
          "Danh sách các em đạt giải Nhì và giải Ba:"),
        P("TT | Họ và tên | Lớp | Môn | Giải", "tr"),
        P("1 | Nguyễn Hoàng Phúc | 12A1 | Toán | Nhì", "tr"),
        P("2 | Lê Thị Mỹ Duyên | 12C1 | Ngữ văn | Ba", "tr"),
        P("3 | Phan Đức Trí | 12A2 | Vật lí | Ba", "tr"),
        P("4 | Võ Thị Ngọc Hân | 12A1 | Hóa học | Ba", "tr"),
        P("5 | Đặng Quốc Việt | 12A3 | Tin học | Ba", "tr"),
        Img(_img("HSG_TINH_2026.JPG"), "(Đội tuyển học sinh giỏi chụp ảnh lưu niệm cùng Ban Giám hiệu)",
            "Đội tuyển học sinh giỏi chụp ảnh lưu niệm cùng Ban Giám hiệu", "line"),
        P("Nhà trường biểu dương các em học sinh đạt giải và các thầy cô bồi dưỡng đội tuyển, đồng "
          "thời khen thưởng theo quy chế chi tiêu nội bộ."),
        _right("Tin, ảnh: Lê Thị Thu Hà"),
    ],
    authors=["Lê Thị Thu Hà"], photographers=["Lê Thị Thu Hà"],
    summary="Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026 - 2027 vừa qua, đội tuyển của "
            "nhà trường đạt 12 giải, gồm 1 giải Nhì, 4 giải Ba và 7 giải Khuyến khích.",
    opts={"stamp": "2026-11-25T10:30:00", "form": "div", "labels": ["Nổi bật"]},
)

S5 = Story(
    5, "2026/11/le-ky-niem-44-nam-ngay-nha-giao-viet",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    "Tin tức", "2026-11-20T09:00:00+07:00",
    [
        P("Sáng ngày 20/11/2026, Trường THPT Nguyễn Huệ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
          "Nhà giáo Việt Nam. Đến dự có đại diện lãnh đạo Đảng ủy, UBND phường Ninh Hòa, Ban đại "
          "diện Cha mẹ học sinh cùng đông đủ thầy cô giáo và học sinh."),
        P("Mở đầu buổi lễ là chương trình văn nghệ chào mừng do học sinh các lớp dàn dựng, với "
          "những tiết mục ca ngợi mái trường và tình thầy trò."),
        Img(_img("20-11-2026_VAN_NGHE.JPG"), "(Tiết mục múa “Bụi phấn” của lớp 11A4)",
            "Tiết mục múa “Bụi phấn” của lớp 11A4", "line"),
        P("Trong diễn văn kỷ niệm, thầy Hiệu trưởng Nguyễn Văn Thành điểm lại những kết quả nổi "
          "bật của nhà trường trong năm học 2025 - 2026: tỉ lệ tốt nghiệp THPT đạt 99,6%, 41 học "
          "sinh đạt giải học sinh giỏi cấp tỉnh."),
        P("Dịp này, nhà trường trao giấy khen cho 12 tập thể và 35 cá nhân có thành tích xuất sắc "
          "trong phong trào thi đua “Dạy tốt - Học tốt”."),
        Img(_img("20-11-2026_KHEN_THUONG.JPG"), "(Ảnh: Nguyễn Hữu Phước)", None, "line"),
        P("Buổi lễ khép lại trong không khí ấm áp, để lại nhiều cảm xúc cho thầy cô và các em học sinh."),
        _right("Tin: Lê Thị Thu Hà", "span"),
    ],
    authors=["Lê Thị Thu Hà"], photographers=["Nguyễn Hữu Phước"],
    opts={"stamp": "2026-11-20T09:00:00", "form": "br", "more": 2, "labels": ["Nổi bật"],
          "comments": [("Phụ huynh lớp 10A3", "1763615400000", "3308127745019917264",
                        "20 tháng 11, 2026 lúc 12:10 CH",
                        "Kính chúc quý thầy cô luôn mạnh khỏe và hạnh phúc!")]},
)

S6 = Story(
    6, "2026/11/ngoai-khoa-chuyen-e-phong-chong-tac-hai",
    "Ngoại khóa chuyên đề “Phòng, chống tác hại của thuốc lá điện tử”",
    "Tin tức", "2026-11-16T14:05:00+07:00",
    [
        P("Theo kế hoạch giáo dục kỹ năng sống học kỳ I, sáng thứ Hai ngày 16/11/2026, nhà trường "
          "phối hợp với Trung tâm Y tế khu vực Ninh Hòa tổ chức buổi ngoại khóa chuyên đề về "
          "phòng, chống tác hại của thuốc lá điện tử và thuốc lá nung nóng."),
        P("Bác sĩ Huỳnh Thị Mai Phương đã giới thiệu thành phần độc hại của các loại thuốc lá thế "
          "hệ mới, những ca ngộ độc ở học sinh được ghi nhận trong thời gian gần đây và quy định "
          "cấm sử dụng thuốc lá điện tử trong trường học."),
        Img(_img("NGOAI_KHOA_TLDT.JPG")),
        P("Nhiều câu hỏi của học sinh được bác sĩ giải đáp cụ thể, như: vì sao thuốc lá điện tử "
          "gây nghiện nhanh, làm thế nào để từ chối khi bạn bè rủ rê."),
        P("Kết thúc buổi ngoại khóa, đại diện học sinh ba khối đã ký cam kết “Nói không với thuốc "
          "lá điện tử” trước toàn trường."),
    ],
    opts={"stamp": "2026-11-16T14:05:00", "form": "p", "nfd": True},
)

S7 = Story(
    7, "2026/11/thong-bao", "Thông báo", "Thông báo", "2026-11-11",
    [
        Raw('<table class="MsoNormalTable" border="0" cellpadding="0" cellspacing="0" '
            'style="border-collapse: collapse; width: 100%;"><tbody><tr>'
            '<td style="width: 40%; text-align: center;"><span style="font-size: small;">'
            'SỞ GD&amp;ĐT KHÁNH HÒA<br /><b>TRƯỜNG THPT NGUYỄN HUỆ</b><br />Số: 156/TB-THPTNH'
            '</span></td><td style="text-align: center;"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
            '<br /><u>Độc lập - Tự do - Hạnh phúc</u></b><br /><i>Ninh Hòa, ngày 11 tháng 11 '
            'năm 2026</i></td></tr></tbody></table>'
            '<div style="text-align: center;"><b><span style="font-size: large;">THÔNG BÁO</span>'
            '</b></div><div style="text-align: center;"><b>Về việc tổ chức họp Cha mẹ học sinh '
            'giữa học kỳ I, năm học 2026 - 2027</b></div><br />'),
        P("Căn cứ kế hoạch năm học 2026 - 2027 của Trường THPT Nguyễn Huệ, nhà trường thông báo "
          "tổ chức họp Cha mẹ học sinh giữa học kỳ I như sau:"),
        P("1. Thời gian: 07 giờ 30 phút, Chủ nhật ngày 15/11/2026."),
        P("2. Địa điểm: tại phòng học của các lớp."),
        P("3. Nội dung: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I của "
          "học sinh; trao đổi các biện pháp phối hợp giáo dục; lấy ý kiến về công tác bán trú."),
        P("Kính đề nghị quý phụ huynh sắp xếp thời gian tham dự đầy đủ, đúng giờ."),
        Raw('<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
            '<td style="vertical-align: top; width: 50%;"><b><i>Nơi nhận:</i></b><br />'
            '<span style="font-size: x-small;">- GVCN các lớp (t/h);<br />- Website trường;<br />'
            '- Lưu: VT.</span></td><td style="text-align: center; vertical-align: top;"><b>KT. '
            'HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</b><br /><i>(đã ký)</i><br /><br /><b>Nguyễn Thị '
            'Kim Oanh</b></td></tr></tbody></table>'),
    ],
    authors=["Nguyễn Thị Kim Oanh"],
    opts={"stamp": "2026-11-12T07:30:00", "form": "p"},
)

S8 = Story(
    8, "2026/11/ai-hoi-chi-hoi-cha-me-hoc-sinh-nam-hoc",
    "Đại hội Ban đại diện Cha mẹ học sinh năm học 2026 - 2027",
    "Tin tức", "2026-11-08T08:45:00+07:00",
    [
        P("Sáng Chủ nhật 08/11/2026, Trường THPT Nguyễn Huệ tổ chức Đại hội Ban đại diện Cha mẹ "
          "học sinh trường năm học 2026 - 2027 với sự tham dự của 90 đại biểu là trưởng, phó ban "
          "đại diện cha mẹ học sinh 30 lớp."),
        P("Đại hội đã nghe báo cáo tổng kết hoạt động năm học 2025 - 2026, thông qua phương hướng "
          "hoạt động năm học mới và quyết toán kinh phí hỗ trợ các hoạt động giáo dục."),
        Img(_img("DH_CMHS_01.JPG"), "Ảnh: Nguyễn Hữu Phước", None, "table"),
        P("Đại hội đã bầu Ban đại diện Cha mẹ học sinh trường gồm 15 thành viên; ông Phạm Ngọc "
          "Sơn, phụ huynh lớp 12A1, được bầu làm Trưởng ban."),
        P("Các đại biểu thống nhất không vận động đóng góp ngoài quy định và ưu tiên hỗ trợ học "
          "sinh có hoàn cảnh khó khăn ở các xã vùng lũ."),
        _right("Tin: Lê Thị Thu Hà"),
        _right("Ảnh: Nguyễn Hữu Phước"),
    ],
    authors=["Lê Thị Thu Hà"], photographers=["Nguyễn Hữu Phước"],
    opts={"stamp": "2026-11-08T08:45:00", "form": "div"},
)

S9 = Story(
    9, "2026/11/ke-hoach-on-tap-va-kiem-tra-giua-hoc-ky",
    "Kế hoạch ôn tập và kiểm tra giữa học kỳ I năm học 2026 - 2027",
    "Học tập", "2026-11-03",
    [
        P("Nhà trường thông báo kế hoạch ôn tập và kiểm tra giữa học kỳ I năm học 2026 - 2027 "
          "đối với học sinh ba khối lớp như sau:"),
        P("Từ 09/11 đến 14/11/2026: giáo viên bộ môn hướng dẫn ôn tập trên lớp theo ma trận đề "
          "đã công bố.", "li"),
        P("Từ 16/11 đến 21/11/2026: kiểm tra tập trung các môn Toán, Ngữ văn, Tiếng Anh theo "
          "lịch của nhà trường.", "li"),
        P("Các môn còn lại kiểm tra trong giờ học chính khóa, theo phân phối chương trình.", "li"),
        P("Học sinh vắng kiểm tra có lý do được kiểm tra bù trong tuần kế tiếp. Đề nghị giáo viên "
          "chủ nhiệm phổ biến kế hoạch đến cha mẹ học sinh."),
        _right("Bộ phận Giáo vụ"),
    ],
    authors=["Bộ phận Giáo vụ"],
    opts={"stamp": "2026-11-03T00:00:00", "form": "br"},
)

S10 = Story(
    10, "2026/10/giai-bong-a-nam-hoc-sinh-chao-mung-2011",
    "Giải bóng đá nam học sinh chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "Hoạt động Đoàn", "2026-10-28T17:10:00+07:00",
    [
        P("Chiều 28/10/2026, Đoàn trường khai mạc Giải bóng đá nam học sinh năm học 2026 - 2027 "
          "với sự tham gia của 18 đội bóng đến từ các chi đoàn khối 10 và khối 11."),
        P("Giải được tổ chức theo thể thức loại trực tiếp, thi đấu vào các buổi chiều trong tuần "
          "tại sân cỏ nhân tạo của nhà trường; trận chung kết dự kiến diễn ra ngày 18/11/2026."),
        P("Ngay trận mở màn, đội 11A3 thắng đội 10A6 với tỉ số 3 - 1 trong sự cổ vũ nhiệt tình "
          "của các bạn học sinh."),
        Raw('<div class="separator" style="clear: both; text-align: center;"><iframe '
            'allowfullscreen="" class="BLOG_video_class" height="266" '
            'src="https://www.youtube.com/embed/q3Xv9rN2bLk" width="320" '
            'youtube-src-id="q3Xv9rN2bLk"></iframe></div>'),
        P("Giải đấu nhằm đẩy mạnh phong trào rèn luyện thân thể, tạo sân chơi lành mạnh cho đoàn "
          "viên, thanh niên sau giờ học."),
        _right("BCH Đoàn trường"),
    ],
    authors=["BCH Đoàn trường"],
    opts={"stamp": "2026-10-28T17:10:00", "form": "br"},
)

S11 = Story(
    11, "2026/10/hoi-nghi-can-bo-vien-chuc-nam-hoc-2026",
    "Hội nghị cán bộ, viên chức và người lao động năm học 2026 - 2027",
    "Tin tức", "2026-10-20T15:00:00+07:00",
    [
        P("Ngày 20/10/2026, Trường THPT Nguyễn Huệ tổ chức Hội nghị cán bộ, viên chức và người lao "
          "động năm học 2026 - 2027 với sự tham dự của 86 cán bộ, giáo viên, nhân viên.", "b"),
        P("Hội nghị đã thảo luận, góp ý báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026, "
          "phương hướng nhiệm vụ năm học mới và sửa đổi quy chế chi tiêu nội bộ."),
        P("Năm học 2026 - 2027, nhà trường phấn đấu duy trì tỉ lệ tốt nghiệp trên 99%, có học "
          "sinh đạt giải học sinh giỏi cấp quốc gia và hoàn thành kiểm định chất lượng cấp độ 3."),
        Img(_img("HNCBVC_2026.JPG"), "Toàn cảnh Hội nghị", "Toàn cảnh Hội nghị", "table"),
        P("Hội nghị cũng phát động phong trào thi đua năm học và ký kết giao ước thi đua giữa các "
          "tổ chuyên môn."),
        _right("Công đoàn trường"),
    ],
    authors=["Công đoàn trường"],
    summary="Ngày 20/10/2026, Trường THPT Nguyễn Huệ tổ chức Hội nghị cán bộ, viên chức và người "
            "lao động năm học 2026 - 2027 với sự tham dự của 86 cán bộ, giáo viên, nhân viên.",
    opts={"stamp": "2026-10-20T15:00:00", "form": "p", "more": 1},
)

S12 = Story(
    12, "2026/10/tuyen-truyen-an-toan-giao-thong-cho-hoc",
    "Tuyên truyền an toàn giao thông cho học sinh khối 10",
    "Hoạt động Đoàn", "2026-10-14T09:20:00+07:00",
    [
        P("Sáng 14/10/2026, Đội Cảnh sát giao thông Công an thị xã Ninh Hòa phối hợp với Đoàn "
          "trường tổ chức buổi tuyên truyền pháp luật về trật tự, an toàn giao thông cho gần 500 "
          "học sinh khối 10."),
        P("Báo cáo viên đã phân tích các lỗi vi phạm thường gặp ở học sinh như chạy xe máy khi "
          "chưa đủ tuổi, không đội mũ bảo hiểm, dàn hàng ngang trên đường."),
        Img(_img("ATGT_K10.JPG"), "(Học sinh khối 10 tham gia trả lời câu hỏi về luật giao thông)",
            "Học sinh khối 10 tham gia trả lời câu hỏi về luật giao thông", "line"),
        P("Kết thúc buổi tuyên truyền, 100% học sinh khối 10 ký cam kết chấp hành nghiêm quy định "
          "về an toàn giao thông."),
        Raw('<div style="text-align: right;"><i>Nguồn: Báo Khánh Hòa điện tử</i></div>'),
    ],
    source="Báo Khánh Hòa điện tử",
    opts={"stamp": "2026-10-14T09:20:00", "form": "div"},
)

S13 = Story(
    13, "2026/10/guong-mat-hoc-sinh-tieu-bieu-em-vo-thi",
    "Gương mặt học sinh tiêu biểu: em Võ Thị Ngọc Hân, lớp 12A1",
    "Thi đua - Khen thưởng", "2026-10-06T08:00:00+07:00",
    [
        P("Ba năm liền đạt danh hiệu học sinh xuất sắc, giải Nhất học sinh giỏi môn Hóa học cấp "
          "tỉnh năm lớp 11, Võ Thị Ngọc Hân là gương mặt tiêu biểu của phong trào “Học tốt” năm học này."),
        P("Nhà ở xã Ninh Thọ, cách trường gần 15 km, Hân vẫn đều đặn đạp xe đến lớp từ sáng sớm. "
          "Em chia sẻ bí quyết học tập của mình:"),
        P("Em học chắc kiến thức trên lớp, làm lại những bài sai và không ngại hỏi thầy cô, bạn bè "
          "khi chưa hiểu.", "q"),
        Img(_img("NGOC_HAN_12A1.JPG"), "Ngọc Hân (bìa phải) trong giờ thực hành Hóa học",
            "Ngọc Hân (bìa phải) trong giờ thực hành Hóa học", "table"),
        P("Ngoài giờ học, Hân là Bí thư chi đoàn 12A1, tích cực tham gia các hoạt động tình nguyện "
          "của Đoàn trường. Em mơ ước trở thành bác sĩ để chữa bệnh cho người dân quê mình."),
        _right("Người viết: Cô Phạm Thị Lan - GVCN lớp 12A1"),
    ],
    authors=["Phạm Thị Lan"],
    opts={"stamp": "2026-10-06T08:00:00", "form": "div"},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
for _s in STORIES:
    _s.opts.setdefault("labels", [])


@dataclass
class DocPost:
    """The document post: a post URL that is not an article."""

    slug: str = "2026/10/quyet-inh-thanh-lap-ban-to-chuc-hoi-thi"
    title: str = "Quyết định thành lập Ban tổ chức Hội thi giáo viên dạy giỏi cấp trường"
    cat: str = "Văn bản"
    stamp: str = "2026-10-14T07:15:00"
    id: int = 14


DOC = DocPost()
DOC_BODY = (
    '<div style="text-align: left;"><b>Số hiệu:</b> 87/QĐ-THPTNH</div>'
    '<div style="text-align: left;"><b>Ngày ban hành:</b> 08/10/2026</div>'
    '<div style="text-align: left;"><b>Người ký:</b> Nguyễn Văn Thành</div><br />'
    '<iframe height="480" src="https://drive.google.com/file/d/1qZx8NhTHPT87QDgvdg2026/preview" '
    'width="640"></iframe><br />'
    '<div><a href="https://drive.google.com/uc?id=1qZx8NhTHPT87QDgvdg2026&amp;export=download">'
    'Tải về tại đây (PDF, 312 KB)</a></div>'
)

PAGES = {
    "gioi-thieu": ("Giới thiệu", [
        "Trường THPT Nguyễn Huệ được thành lập năm 1976, là một trong những trường trung học phổ "
        "thông có bề dày truyền thống của thị xã Ninh Hòa, tỉnh Khánh Hòa.",
        "Năm học 2026 - 2027, trường có 30 lớp với 1.284 học sinh, 86 cán bộ, giáo viên, nhân viên.",
        "Nhà trường được công nhận đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2.",
    ]),
    "doi-ngu": ("Đội ngũ cán bộ, giáo viên", [
        "Hiệu trưởng: Nguyễn Văn Thành",
        "Phó Hiệu trưởng: Nguyễn Thị Kim Oanh, Lê Quang Vinh",
        "Tổ Ngữ văn: 9 giáo viên - Tổ trưởng: Trần Văn Minh",
        "Tổ Toán - Tin: 12 giáo viên - Tổ trưởng: Đỗ Thanh Tùng",
    ]),
    "thoi-khoa-bieu": ("Thời khóa biểu học kỳ I", [
        "Thời khóa biểu áp dụng từ ngày 02/11/2026 (Tuần 9).",
        "Buổi sáng: khối 12 và khối 10; buổi chiều: khối 11.",
        "Xem thời khóa biểu chi tiết các lớp trong tệp đính kèm bên dưới.",
    ]),
    "thu-vien-anh": ("Thư viện ảnh", []),
    "lien-he": ("Liên hệ", [
        "Trường THPT Nguyễn Huệ",
        "Địa chỉ: 01 Trần Quý Cáp, phường Ninh Hòa, tỉnh Khánh Hòa (trước đây: phường Ninh Hiệp, "
        "thị xã Ninh Hòa).",
        "Điện thoại: 0258 3845 166 - Email: c3nguyenhue.nh@khanhhoa.edu.vn",
    ]),
}
ALBUM = ["RCV_2026_01.JPG", "20-11-2026_VAN_NGHE.JPG", "HSG_TINH_2026.JPG", "ATGT_K10.JPG"]


# ------------------------------------------------------------------------------------------
# the post list every list page and pager draws from


@dataclass
class Post:
    story: Story | None
    slug: str
    title: str
    cat: str
    stamp: datetime
    labels: list[str]
    pid: str

    @property
    def path(self) -> str:
        return f"/{self.slug}.html"


def _pid(n: int) -> str:
    return str(4455102938475610000 + n * 7919)


POSTS: list[Post] = sorted(
    [Post(s, s.slug, s.title, s.cat, datetime.fromisoformat(s.opts["stamp"]).replace(tzinfo=TZ),
          sorted([s.cat, *s.opts["labels"]]), _pid(s.id)) for s in STORIES]
    + [Post(None, DOC.slug, DOC.title, DOC.cat,
            datetime.fromisoformat(DOC.stamp).replace(tzinfo=TZ), [DOC.cat], _pid(DOC.id))],
    key=lambda p: p.stamp, reverse=True,
)
BY_PATH = {p.path: p for p in POSTS}

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _date_header(d: datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d.day} tháng {d.month}, {d.year}"


def _clock(d: datetime) -> str:
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'}"


def _iso(d: datetime) -> str:
    return d.isoformat()


def _q_iso(d: datetime) -> str:
    return quote(_iso(d), safe=":")


def _label_href(label: str, query: str = "") -> str:
    return "/search/label/" + quote(label) + (f"?{query}" if query else "")


# ------------------------------------------------------------------------------------------
# rendering of post bodies


def _ptext(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _image(img: Img) -> str:
    big = _resize(img.src, "s1600")
    anchor = (f'<a href="{big}" imageanchor="1" style="margin-left: 1em; margin-right: 1em;">'
              f'<img border="0" data-original-height="1200" data-original-width="1600" '
              f'height="480" src="{img.src}" width="640" /></a>')
    if img.style == "table":
        return ('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" '
                'style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: '
                f'center;">{anchor}</td></tr><tr><td class="tr-caption" style="text-align: center;">'
                f'{esc(img.printed or "")}</td></tr></tbody></table>')
    out = f'<div class="separator" style="clear: both; text-align: center;">{anchor}</div>'
    if img.printed:
        out += (f'<div style="text-align: center;"><i><span style="font-size: x-small;">'
                f'{esc(img.printed)}</span></i></div>')
    return out


def _para(story: Story, p: P, form: str, first: bool) -> str:
    t = _ptext(story, p.text)
    if p.style == "b":
        t = f"<b>{t}</b>"
    if p.style == "h":
        return f'<h3 style="text-align: left;">{t}</h3>'
    if p.style == "q":
        return f'<blockquote style="border: none; margin: 0 0 0 40px; padding: 0;"><i>{t}</i></blockquote>'
    if p.style == "mli":
        return ('<p class="MsoListParagraphCxSpMiddle" style="margin-left: 54.0pt; mso-list: l0 level1 '
                'lfo1; text-indent: -18.0pt;"><!--[if !supportLists]--><span lang="VI" style="font-family: '
                '&quot;Times New Roman&quot;,serif; font-size: 14.0pt;"><span style="mso-list: Ignore;">-'
                '<span style="font: 7.0pt &quot;Times New Roman&quot;;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
                '</span></span></span><!--[endif]--><span lang="VI" style="font-family: &quot;Times New '
                f'Roman&quot;,serif; font-size: 14.0pt;">{t}<o:p></o:p></span></p>\n')
    if form == "br":
        return f"{t}<br />\n<br />\n" if not first else f"\n{t}<br />\n<br />\n"
    if form == "div":
        return (f'<div style="text-align: justify;">{t}</div>\n'
                '<div style="text-align: justify;"><br /></div>\n')
    if form == "mso":
        return ('<p class="MsoNormal" style="line-height: 150%; margin-bottom: 6.0pt; text-align: '
                'justify; text-indent: 36.0pt;"><span lang="VI" style="font-family: &quot;Times New '
                f'Roman&quot;,serif; font-size: 14.0pt; line-height: 150%;">{t}<o:p></o:p></span></p>\n')
    return f'<p style="text-align: justify;">{t}</p>\n'


MSO_STYLE = (
    "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom>"
    "<w:TrackMoves/><w:PunctuationKerning/></w:WordDocument></xml><![endif]-->\n"
    "<style>\n<!--\n /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
    "\t{mso-style-unhide:no; margin:0cm; font-size:12.0pt; font-family:\"Times New Roman\",serif;}\n"
    "table.MsoNormalTable {mso-style-name:\"Table Normal\"; mso-tstyle-rowband-size:0;}\n-->\n</style>\n"
)


def render_blocks(story: Story, blocks: list) -> str:
    form = story.opts.get("form", "p")
    out: list[str] = [MSO_STYLE] if form == "mso" else []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                items = "".join(f"<li>{_ptext(story, r.text)}</li>" for r in run)
                out.append(f'<ul style="text-align: left;">{items}</ul>\n')
            else:
                rows = []
                for n, r in enumerate(run):
                    cells = [_ptext(story, c) for c in r.text.split(" | ")]
                    cells = [f"<b>{c}</b>" for c in cells] if n == 0 else cells
                    rows.append("<tr>" + "".join(f'<td style="border: 1px solid #999;">{c}</td>'
                                                 for c in cells) + "</tr>")
                out.append('<table align="center" border="1" cellpadding="3" cellspacing="0" '
                           f'style="border-collapse: collapse;"><tbody>{"".join(rows)}</tbody></table>\n')
            continue
        if isinstance(b, P):
            out.append(_para(story, b, form, first=(i == 0)))
        elif isinstance(b, Img):
            out.append(_image(b) + "\n")
        else:
            out.append(b.html + "\n")
        if form == "mso" and isinstance(b, P) and i in (1, 5):
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        i += 1
    return "".join(out)


def post_body(post: Post, snippet: bool = False) -> str:
    if post.story is None:
        return DOC_BODY
    s = post.story
    more = s.opts.get("more")
    if more is None:
        return render_blocks(s, s.blocks)
    if snippet:
        return render_blocks(s, s.blocks[:more])
    return render_blocks(s, s.blocks[:more]) + "<a name='more'></a>\n" + render_blocks(s, s.blocks[more:])


def _plain(post: Post) -> str:
    if post.story is None:
        return "Số hiệu: 87/QĐ-THPTNH. Ngày ban hành: 08/10/2026."
    return " ".join(b.text for b in post.story.blocks if isinstance(b, P))


def _thumb(post: Post) -> str:
    if post.story and post.story.images:
        return _resize(post.story.images[0].src, "s72-c")
    return "/img/icons/no-thumb-72.png"


# ------------------------------------------------------------------------------------------
# page chrome


def _menu() -> str:
    labels = "".join(f"<li><a href='{_label_href(lb, f'max-results={MENU_SIZE}')}'>{esc(lb)}</a></li>"
                     for lb in MENU_LABELS if lb not in ("Văn bản",))
    return (
        "<div class='menu-ngang'><ul id='nav-tnh'>"
        "<li><a href='/'>Trang chủ</a></li>"
        "<li><a href='/p/gioi-thieu.html'>Giới thiệu</a><ul>"
        "<li><a href='/p/gioi-thieu.html'>Lịch sử nhà trường</a></li>"
        "<li><a href='/p/doi-ngu.html'>Đội ngũ</a></li></ul></li>"
        f"<li><a href='javascript:void(0)'>Tin tức - Sự kiện ▾</a><ul>{labels}</ul></li>"
        f"<li><a href='{_label_href('Văn bản', f'max-results={MENU_SIZE}')}'>Văn bản</a></li>"
        "<li><a href='/p/thoi-khoa-bieu.html'>Thời khóa biểu</a></li>"
        "<li><a href='/p/thu-vien-anh.html'>Thư viện ảnh</a></li>"
        "<li><a href='/p/lien-he.html'>Liên hệ</a></li>"
        "</ul></div>"
    )


POPULAR = [5, 1, 4, 8]


def _sidebar(base: str) -> str:
    pop = []
    for sid in POPULAR:
        p = next(x for x in POSTS if x.story and x.story.id == sid)
        snippet = collapse(_plain(p))[:140] + "..."
        pop.append(
            "<li><div class='item-content'><div class='item-thumbnail'>"
            f"<a href='{base}{p.path}' target='_blank'><img alt='' border='0' height='72' "
            f"src='{_thumb(p)}' width='72'/></a></div>"
            f"<div class='item-title'><a href='{base}{p.path}'>{esc(p.title)}</a></div>"
            f"<div class='item-snippet'>{esc(snippet)}</div></div><div style='clear: both;'></div></li>"
        )
    counts = {lb: sum(lb in p.labels for p in POSTS) for lb in ALL_LABELS}
    labels = "".join(
        f"<li><a dir='ltr' href='{base}{_label_href(lb)}'>{esc(lb)}</a> "
        f"<span dir='ltr'>({counts[lb]})</span></li>" for lb in sorted(ALL_LABELS))
    months = [(12, 2), (11, 7), (10, 5)]
    options = "".join(f"<option value='{base}/2026/{m:02d}/'>tháng {m} 2026 ({n})</option>"
                      for m, n in months)
    return (
        "<div class='cot-phai sidebar section' id='sidebar-right-1'>"
        "<div class='widget HTML' id='HTML3'><h2 class='title'>Tìm kiếm</h2><div class='widget-content'>"
        f"<form action='{base}/search' method='get'><input name='q' placeholder='Nhập từ khóa...' "
        "type='text'/><input type='submit' value='Tìm'/></form></div></div>"
        "<div class='widget PopularPosts' data-version='1' id='PopularPosts1'>"
        "<h2>Bài đăng phổ biến</h2><div class='widget-content popular-posts'><ul>"
        + "".join(pop) + "</ul></div></div>"
        "<div class='widget Label' data-version='1' id='Label1'><h2>Chuyên mục</h2>"
        f"<div class='widget-content list-label-widget-content'><ul>{labels}</ul></div></div>"
        "<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Lưu trữ Blog</h2>"
        "<div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'>"
        "<select id='BlogArchive1_ArchiveMenu' onchange='window.location.href=this.value'>"
        f"<option value=''>Lưu trữ Blog</option>{options}</select></div></div></div></div>"
        "<div class='widget HTML' id='HTML5'><h2 class='title'>Thống kê truy cập</h2>"
        "<div class='widget-content'><table class='tk-tc'><tr><td>Đang online:</td><td>7</td></tr>"
        "<tr><td>Hôm nay:</td><td>312</td></tr><tr><td>Tổng truy cập:</td><td>1.284.560</td></tr>"
        "</table></div></div>"
        "<div class='widget LinkList' data-version='1' id='LinkList1'><h2>Liên kết</h2>"
        "<div class='widget-content'><ul>"
        "<li><a href='https://khanhhoa.edu.vn/'>Sở GD&amp;ĐT Khánh Hòa</a></li>"
        "<li><a href='https://moet.gov.vn/'>Bộ Giáo dục và Đào tạo</a></li>"
        "<li><a href='https://thitotnghiepthpt.edu.vn/'>Cổng thông tin thi THPT</a></li>"
        "<li><a href='https://www.facebook.com/thptnguyenhue.ninhhoa'>Fanpage nhà trường</a></li>"
        "</ul></div></div>"
        "</div>"
    )


def _page(request: Request, title: str, main: str, *, canonical: str, og: str = "",
          crumb: str = "") -> Response:
    base = base_url(request)
    head = (
        "<!DOCTYPE html>\n<html class='v2' dir='ltr' lang='vi' xmlns='http://www.w3.org/1999/xhtml' "
        "xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' "
        "xmlns:expr='http://www.google.com/2005/gml/expr'>\n<head>\n"
        "<meta content='width=1100' name='viewport'/>\n"
        "<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>\n"
        "<meta content='blogger' name='generator'/>\n"
        f"<link href='{base}/favicon.ico' rel='icon' type='image/x-icon'/>\n"
        f"<link href='{base}{canonical}' rel='canonical'/>\n"
        f"<link rel='alternate' type='application/atom+xml' title='{esc(BLOG_NAME)} - Atom' "
        f"href='{base}/feeds/posts/default'/>\n"
        f"<link rel='alternate' type='application/rss+xml' title='{esc(BLOG_NAME)} - RSS' "
        f"href='{base}/feeds/posts/default?alt=rss'/>\n"
        f"<link rel='service.post' type='application/atom+xml' title='{esc(BLOG_NAME)} - Atom' "
        f"href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default'/>\n"
        f"{og}"
        f"<title>{esc(title)}</title>\n"
        "<style id='page-skin-1' type='text/css'><!--\n/* Ninh Hoa Xanh - template by Blogger Viet */\n"
        "body{font:normal normal 13px Arial,sans-serif;background:#e8f1f8}\n"
        ".post-title{color:#0b5394} .date-header span{background:#0b5394;color:#fff}\n--></style>\n"
        f"<script type='text/javascript'>var _blogId='{BLOG_ID}';</script>\n"
        "</head>\n"
    )
    body = (
        "<body class='loading variant-xanh'>\n"
        "<div class='navbar section' id='navbar'><div class='widget Navbar' id='Navbar1'>"
        f"<script type='text/javascript'>window.navbar={{blogId:'{BLOG_ID}'}};</script></div></div>\n"
        "<div class='dau-trang'><div id='ngay-hom-nay'>" + CLOCK + "</div>"
        "<div class='header section' id='header'><div class='widget Header' data-version='1' id='Header1'>"
        f"<div id='header-inner'><a href='{base}/' style='display: block'><img alt='{esc(BLOG_NAME)}' "
        "height='160' id='Header1_headerimg' src='/img/b/R29vZ2xl/AVvXsEbanner/s1600/banner-nguyenhue.png' "
        "width='1000'/></a><div class='titlewrapper'><h1 class='title'>"
        f"<a href='{base}/'>{esc(BLOG_NAME)}</a></h1></div><div class='descriptionwrapper'>"
        "<p class='description'><span>Dạy tốt - Học tốt - Rèn luyện tốt</span></p></div></div>"
        "</div></div></div>\n"
        + _menu() + "\n"
        "<div id='khung-chinh'><div class='cot-trai main-inner'>\n"
        + (f"<div class='duong-dan'>{crumb}</div>\n" if crumb else "")
        + main + "\n</div>\n" + _sidebar(base) + "\n</div>\n"
        "<div class='chan-trang footer'><div class='widget HTML' id='HTML9'><div class='widget-content'>"
        "<p><b>TRƯỜNG THPT NGUYỄN HUỆ</b> - Thị xã Ninh Hòa, tỉnh Khánh Hòa</p>"
        "<p>Địa chỉ: 01 Trần Quý Cáp, phường Ninh Hòa, tỉnh Khánh Hòa - ĐT: 0258 3845 166 - "
        "Email: c3nguyenhue.nh@khanhhoa.edu.vn</p>"
        "<p>Bản quyền © 2026 Trường THPT Nguyễn Huệ. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>"
        "</div></div><div class='widget Attribution' id='Attribution1'><div class='widget-content' "
        "style='text-align: center;'>Chủ đề Ninh Hòa Xanh. Được tạo bởi "
        "<a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div>\n"
        f"<script type='text/javascript'>window['__wavt'] = 'AOuZoY5'; _WidgetManager._Init("
        f"'//www.blogger.com/rearrange?blogID={BLOG_ID}','{base}{canonical}','holder');</script>\n"
        "</body>\n</html>\n"
    )
    return html(head + body)


def _post_footer(base: str, post: Post, on_list: bool) -> str:
    url = base + post.path
    labels = ", ".join(f"<a href='{base}{_label_href(lb)}' rel='tag'>{esc(lb)}</a>" for lb in post.labels)
    ncomm = len(post.story.opts.get("comments", [])) if post.story else 0
    comment_link = ""
    if on_list:
        text_c = f"{ncomm} nhận xét" if ncomm else "Không có nhận xét nào"
        comment_link = (f"<span class='post-comment-link'><a class='comment-link' href='{url}#comment-form' "
                        f"onclick=''>{text_c}:</a></span>")
    share = "".join(
        f"<a class='goog-inline-block share-button sb-{k}' href='https://www.blogger.com/share-post.g?"
        f"blogID={BLOG_ID}&amp;postID={post.pid}&amp;target={k}' target='_blank' title='{t}'>"
        f"<span class='share-button-link-text'>{t}</span></a>"
        for k, t in [("email", "Gửi email bài đăng này"), ("blog", "BlogThis!"),
                     ("twitter", "Chia sẻ lên X"), ("facebook", "Chia sẻ lên Facebook"),
                     ("pinterest", "Chia sẻ lên Pinterest")])
    return (
        "<div class='post-footer'><div class='post-footer-line post-footer-line-1'>"
        "<span class='post-author vcard'>Đăng bởi <span class='fn' itemprop='author' itemscope='itemscope' "
        f"itemtype='http://schema.org/Person'><meta content='{PROFILE}' itemprop='url'/>"
        f"<a class='g-profile' href='{PROFILE}' rel='author' title='author profile'>"
        f"<span itemprop='name'>{esc(ACCOUNT)}</span></a></span></span> "
        f"<span class='post-timestamp'>vào lúc <meta content='{url}' itemprop='url'/>"
        f"<a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'>"
        f"<abbr class='published' itemprop='datePublished' title='{_iso(post.stamp)}'>"
        f"{_clock(post.stamp)}</abbr></a></span> {comment_link}"
        f"<span class='post-icons'><span class='item-control blog-admin pid-1839204756'>"
        f"<a href='https://www.blogger.com/post-edit.g?blogID={BLOG_ID}&amp;postID={post.pid}&amp;from=pencil' "
        "title='Sửa Bài đăng'><img alt='' class='icon-action' height='18' "
        "src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>"
        f"<div class='post-share-buttons goog-inline-block'>{share}</div></div>"
        "<div class='post-footer-line post-footer-line-2'>"
        f"<span class='post-labels'>Nhãn: {labels}</span></div>"
        "<div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div></div>"
    )


def _post_block(base: str, post: Post, *, on_list: bool, show_date: bool) -> str:
    url = base + post.path
    title = esc(post.title)
    if on_list:
        title = f"<a href='{url}'>{title}</a>"
    body = post_body(post, snippet=on_list)
    jump = ""
    if on_list and post.story and post.story.opts.get("more") is not None:
        jump = (f"<div class='jump-link'><a href='{url}#more' title='{esc(post.title)}'>"
                "Đọc thêm »</a></div>")
    date = (f"<h2 class='date-header'><span>{_date_header(post.stamp)}</span></h2>\n"
            if show_date else "")
    img = ""
    if post.story and post.story.images:
        img = f"<meta content='{base}{post.story.images[0].src}' itemprop='image_url'/>"
    return (
        f"{date}<div class='post-outer'><div class='post hentry uncustomized-post-template' "
        "itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>"
        f"{img}<meta content='{BLOG_ID}' itemprop='blogId'/><meta content='{post.pid}' itemprop='postId'/>"
        f"<a name='{post.pid}'></a><h3 class='post-title entry-title' itemprop='name'>{title}</h3>"
        "<div class='post-header'><div class='post-header-line-1'></div></div>"
        f"<div class='post-body entry-content' id='post-body-{post.pid}' itemprop='description articleBody'>\n"
        f"{body}{jump}<div style='clear: both;'></div></div>"
        + _post_footer(base, post, on_list) + "</div></div>\n"
    )


def _comments(base: str, post: Post) -> str:
    comments = post.story.opts.get("comments", []) if post.story else []
    url = base + post.path
    head = (f"<h4>{len(comments)} nhận xét:</h4>" if comments else "<h4>Không có nhận xét nào:</h4>")
    items = "".join(
        f"<dt class='comment-author' id='c{cid}'><a name='c{cid}'></a>"
        "<div class='avatar-image-container'><img alt='' height='35' "
        f"src='//resources.blogblog.com/img/blank.gif' title='{esc(name)}' width='35'/></div>"
        f"{esc(name)} đã nói...</dt>"
        f"<dd class='comment-body' id='Blog1_cmt-{cid}'><p>{esc(txt)}</p></dd>"
        f"<dd class='comment-footer'><span class='comment-timestamp'>"
        f"<a href='{url}?showComment={ms}#c{cid}' title='comment permalink'>{esc(when)}</a>"
        "</span></dd>"
        for name, ms, cid, when, txt in comments)
    return (
        "<div class='comments' id='comments'><a name='comments'></a>" + head
        + "<div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'>"
        + items + "</dl></div><p class='comment-footer'>"
        f"<a href='https://www.blogger.com/comment/fullpage/post/{BLOG_ID}/{post.pid}' onclick=''>"
        "Đăng nhận xét</a></p><a name='comment-form'></a></div>"
    )


def _related(base: str, post: Post) -> str:
    others = [p for p in POSTS if p is not post and post.cat in p.labels][:3]
    if not others:
        return ""
    items = "".join(
        f"<li><a href='{base}{p.path}'><img alt='' src='{_thumb(p)}' width='72' height='72'/>"
        f"<span>{esc(p.title)}</span></a></li>" for p in others)
    return f"<div id='bai-lien-quan'><h4>Bài viết cùng chuyên mục</h4><ul>{items}</ul></div>"


def post_page(request: Request, post: Post) -> Response:
    base = base_url(request)
    idx = POSTS.index(post)
    newer = POSTS[idx - 1] if idx > 0 else None
    older = POSTS[idx + 1] if idx + 1 < len(POSTS) else None
    pager = "<div class='blog-pager' id='blog-pager'>"
    if newer:
        pager += (f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{base}{newer.path}' "
                  "id='Blog1_blog-pager-newer-link' title='Bài đăng Mới hơn'>Bài đăng Mới hơn</a></span>")
    if older:
        pager += (f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{base}{older.path}' "
                  "id='Blog1_blog-pager-older-link' title='Bài đăng Cũ hơn'>Bài đăng Cũ hơn</a></span>")
    pager += f"<a class='home-link' href='{base}/'>Trang chủ</a></div><div class='clear'></div>"
    main = (
        "<div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>"
        "<div class='blog-posts hfeed'><div class='date-outer'>"
        + _post_block(base, post, on_list=False, show_date=True)
        + _related(base, post) + _comments(base, post)
        + "</div></div>" + pager + "</div></div>"
    )
    crumb = (f"<a href='{base}/'>Trang chủ</a> » "
             f"<a href='{base}{_label_href(post.cat, f'max-results={MENU_SIZE}')}'>{esc(post.cat)}</a>"
             f" » <span>{esc(post.title)}</span>")
    first_img = post.story.images[0].src if post.story and post.story.images else None
    og = (f"<meta content='{base}{post.path}' property='og:url'/>\n"
          f"<meta content='{esc(post.title)}' property='og:title'/>\n"
          f"<meta content='{esc(collapse(_plain(post))[:150])}...' property='og:description'/>\n")
    if first_img:
        og += f"<meta content='{base}{_resize(first_img, 'w1200-h630-p-k-no-nu')}' property='og:image'/>\n"
    return _page(request, f"{BLOG_NAME}: {post.title}", main, canonical=post.path, og=og, crumb=crumb)


def static_page(request: Request, slug: str) -> Response:
    base = base_url(request)
    title, lines = PAGES[slug]
    if slug == "thu-vien-anh":
        body = "".join(
            f"<div class='separator' style='clear: both; text-align: center;'><a href='{_resize(_img(n), 's1600')}' "
            f"imageanchor='1'><img border='0' height='240' src='{_resize(_img(n), 's320')}' width='320'/></a></div>"
            for n in ALBUM)
    else:
        body = "".join(f"<div>{esc(line)}</div>" for line in lines)
    main = (
        "<div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>"
        "<div class='blog-posts hfeed'><div class='post-outer'><div class='post hentry'>"
        f"<h3 class='post-title entry-title'>{esc(title)}</h3>"
        f"<div class='post-body entry-content' id='post-body-9{len(slug)}0177'>{body}"
        "<div style='clear: both;'></div></div><div class='post-footer'></div></div></div></div>"
        f"<div class='blog-pager' id='blog-pager'><a class='home-link' href='{base}/'>Trang chủ</a></div>"
        "</div></div>"
    )
    return _page(request, f"{BLOG_NAME}: {title}", main, canonical=f"/p/{slug}.html")


def list_page(request: Request, posts: list[Post], *, canonical: str, status: str = "",
              older: str | None = None, newer: str | None = None, title: str = BLOG_NAME) -> Response:
    base = base_url(request)
    blocks = []
    last_day = None
    for p in posts:
        day = p.stamp.date()
        blocks.append(_post_block(base, p, on_list=True, show_date=day != last_day))
        last_day = day
    if not posts:
        blocks.append("<div class='status-msg-body'>Không có bài đăng nào khớp với truy vấn của bạn.</div>")
    pager = "<div class='blog-pager' id='blog-pager'>"
    if newer:
        pager += (f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{base}{newer}' "
                  "id='Blog1_blog-pager-newer-link' title='Bài đăng Mới hơn'>Bài đăng Mới hơn</a></span>")
    if older:
        pager += (f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{base}{older}' "
                  "id='Blog1_blog-pager-older-link' title='Bài đăng Cũ hơn'>Bài đăng Cũ hơn</a></span>")
    pager += f"<a class='home-link' href='{base}/'>Trang chủ</a></div><div class='clear'></div>"
    feed = (f"<div class='blog-feeds'><div class='feed-links'>Đăng ký: <a class='feed-link' "
            f"href='{base}/feeds/posts/default' target='_blank' type='application/atom+xml'>"
            "Bài đăng (Atom)</a></div></div>") if canonical == "/" else ""
    status_html = (f"<div class='status-msg-wrap'><div class='status-msg-body'>{status}</div>"
                   "<div class='status-msg-border'></div></div>") if status else ""
    main = (
        "<div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>"
        + status_html + "<div class='blog-posts hfeed'><div class='date-outer'>" + "".join(blocks)
        + "</div></div>" + pager + feed + "</div></div>"
    )
    return _page(request, title, main, canonical=canonical)


# ------------------------------------------------------------------------------------------
# routing


def _parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        d = datetime.fromisoformat(value.replace(" ", "+"))
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=TZ)


def _int(value: str | None, default: int) -> int:
    try:
        return max(1, min(int(value or default), 50))
    except ValueError:
        return default


def _paged(request: Request, pool: list[Post], size: int, route: str, extra: str,
           canonical: str, status: str = "", title: str = BLOG_NAME) -> Response:
    """A Blogger list: ``updated-max`` (older than) or ``updated-min`` + reverse-paginate."""
    prm = request.params
    umax, umin = _parse_iso(prm.get("updated-max")), _parse_iso(prm.get("updated-min"))
    if umin is not None:
        newer_pool = [p for p in pool if p.stamp > umin]
        shown = sorted(newer_pool, key=lambda p: p.stamp)[:size][::-1]
    elif umax is not None:
        shown = [p for p in pool if p.stamp < umax][:size]
    else:
        shown = pool[:size]
    older = newer = None
    sep = "&" if "?" in route else "?"
    if shown and pool.index(shown[-1]) + 1 < len(pool):
        start = pool.index(shown[-1]) + 1
        older = (f"{route}{sep}updated-max={_q_iso(shown[-1].stamp)}&max-results={size}"
                 + (f"&start={start}{extra}" if extra else ""))
    if shown and pool.index(shown[0]) > 0:
        newer = (f"{route}{sep}updated-min={_q_iso(shown[0].stamp)}&max-results={size}"
                 f"&reverse-paginate=true{extra}")
    return list_page(request, shown, canonical=canonical, status=status, older=older, newer=newer,
                     title=title)


def feed(request: Request) -> Response:
    base = base_url(request)
    entries = "".join(
        f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{p.pid}</id>"
        f"<published>{_iso(p.stamp)}</published><updated>{_iso(p.stamp)}</updated>"
        + "".join(f"<category scheme='http://www.blogger.com/atom/ns#' term='{esc(lb)}'/>" for lb in p.labels)
        + f"<title type='text'>{esc(p.title)}</title>"
        f"<content type='html'>{esc(post_body(p))}</content>"
        f"<link rel='alternate' type='text/html' href='{base}{p.path}' title='{esc(p.title)}'/>"
        f"<author><name>{esc(ACCOUNT)}</name></author></entry>"
        for p in POSTS)
    xml = (
        "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
        "xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'>"
        f"<id>tag:blogger.com,1999:blog-{BLOG_ID}</id><updated>{_iso(POSTS[0].stamp)}</updated>"
        f"<title type='text'>{esc(BLOG_NAME)}</title>"
        f"<link rel='alternate' type='text/html' href='{base}/'/>"
        f"<openSearch:totalResults>{len(POSTS)}</openSearch:totalResults>{entries}</feed>"
    )
    return Response(200, xml, {"Content-Type": "application/atom+xml; charset=UTF-8"})


class Site:
    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return None
        path = unicodedata.normalize("NFC", unquote(request.path))
        prm = request.params
        if path == "/":
            return _paged(request, POSTS, HOME_SIZE, "/search", "", canonical="/")
        if path.endswith(".html") and path[:-5] in {"/" + p.slug for p in POSTS}:
            return post_page(request, BY_PATH[path])
        if path.startswith("/p/") and path.endswith(".html") and path[3:-5] in PAGES:
            return static_page(request, path[3:-5])
        if path == "/search":
            if "q" in prm:
                q = collapse(prm["q"]).lower()
                hits = [p for p in POSTS if q and q in p.title.lower()]
                status = (f"Hiển thị các bài đăng được sắp xếp theo mức độ liên quan cho truy vấn "
                          f"<b>{esc(prm['q'])}</b>. <a href='/'>Hiển thị tất cả bài đăng</a>")
                return list_page(request, hits[:HOME_SIZE], canonical="/search", status=status,
                                 title=f"{BLOG_NAME}: Kết quả tìm kiếm cho {prm['q']}")
            size = _int(prm.get("max-results"), HOME_SIZE)
            return _paged(request, POSTS, size, "/search", "", canonical="/")
        if path.startswith("/search/label/"):
            label = path[len("/search/label/"):]
            if label not in ALL_LABELS:
                return None
            pool = [p for p in POSTS if label in p.labels]
            size = _int(prm.get("max-results"), HOME_SIZE)
            status = (f"Hiển thị các bài đăng có nhãn <b>{esc(label)}</b>. "
                      f"<a href='/'>Hiển thị tất cả bài đăng</a>")
            extra = "&by-date=false" if "max-results" in prm else ""
            return _paged(request, pool, size, _label_href(label), extra,
                          canonical=_label_href(label), status=status, title=f"{BLOG_NAME}: {label}")
        parts = path.strip("/").split("/")
        if path.endswith("/") and parts[0] == "2026" and len(parts) <= 2:
            if len(parts) == 2 and parts[1] not in ("10", "11", "12"):
                return None
            pool = [p for p in POSTS if p.slug.startswith("/".join(parts) + "/")]
            return list_page(request, pool, canonical=path, title=f"{BLOG_NAME}: {'/'.join(parts[::-1])}")
        if path == "/feeds/posts/default":
            return feed(request)
        if path.startswith("/img/") or path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# ------------------------------------------------------------------------------------------
# gold


def _alt(story: Story) -> list[str]:
    return [f"/{story.slug}.html?showComment={ms}" for _n, ms, *_ in story.opts.get("comments", [])]


GOLD = [gold_record(s, f"/{s.slug}.html", s.cat, alt_paths=_alt(s)) for s in STORIES]

NON_ARTICLES = [
    "/p/gioi-thieu.html",
    "/p/doi-ngu.html",
    "/p/thoi-khoa-bieu.html",
    "/p/thu-vien-anh.html",
    "/p/lien-he.html",
    f"/{DOC.slug}.html",
]
