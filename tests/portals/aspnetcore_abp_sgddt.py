"""Sở GD&ĐT Hà Tĩnh on ASP.NET Core 8 + ABP Framework CMS Kit (Razor Pages, LeptonX theme).

The provincial IT centre (Trung tâm CNTT&TT Hà Tĩnh) built the department's new portal on the ABP
Framework's open-source CMS Kit: blogs are the news sections, CMS Kit *pages* are the static pages,
the Tags, Comments, Reactions and Ratings modules hang under every post, and the Menus module draws
the LeptonX navbar. Post content is Markdown typed into CMS Kit's Toast UI editor and rendered by
Markdig (hard breaks, pipe tables, footnotes, auto heading ids); editors also paste raw HTML from
Word and from the old portal (posts before 01/11/2026 were imported by a script).

URL scheme
    /                                         home (vendor ViewComponents per blog)
    /blogs/<blog-slug>                        blog listing, 3 posts a page (newest first)
    /blogs/<blog-slug>?skipCount=N&maxResultCount=3   pages of the listing (the pager's links)
    /blogs/<blog-slug>?tagId=<guid>           a tag's posts in that blog
    /blogs/<blog-slug>/<post-slug>            a post (the article)
    /blogs/<blog-slug>/<post-slug>?handler=Print      Razor Pages named handler: the print view
    /blogs/<blog-slug>/<post-slug>/           same post; the "Xem nhiều" ViewComponent adds a slash
    /pages/<slug>                             CMS Kit pages (intro, contacts, documents, album …)
    /api/cms-kit/media/<guid>                 media (photos, PDFs), no file extension
    /tim-kiem?q=…                             vendor search page (GET form in the header)
    /Account/Login, /Abp/Languages/Switch?…   ABP account page, language switch (302 to "/")

Blogs: tin-tuc "Tin tức - Sự kiện" (7 posts: pages 1-3), thong-bao "Thông báo" (3),
hoat-dong-chuyen-mon "Hoạt động chuyên môn" (2), guong-dien-hinh "Gương điển hình" (1).

Page templates
    Home: "Tin nổi bật" block (T1 with its cover), per-blog boxes (latest 3/3/2/1), sidebar.
    Listing: LeptonX toolbar h1 = blog name, breadcrumb, cards (cover thumb or no-image, title,
        ShortDescription, "@account · dd/MM/yyyy", tag badges), ABP-style pager "‹ 1 2 3 ›",
        "Hiển thị 1 - 3 / 7 bài viết".
    Post: toolbar h1 = the blog's name (the page title the vendor sets), breadcrumb, a card with
        the cover image (card-img-top), h1 title, "@account  dd/MM/yyyy HH:mm  Cập nhật: …  lượt
        xem", tool bar (A-/A+, In bài viết, email, Facebook/Zalo share), the Markdown content,
        tags, reactions, rating, comments, "Các tin khác" (latest 4 of the blog but itself).
    Print view: bare page with logo, h1, "Ngày đăng: …", the cover and content, the post's URL.

How each gold article is reached
    T1-T3: home, /blogs/tin-tuc page 1.  T4, T5: page 2 (T4/T5 also via "Các tin khác";
    T5 also via "Xem nhiều" with a trailing slash). T6: only /blogs/tin-tuc?skipCount=3&…;
    T7: only /blogs/tin-tuc?skipCount=6&maxResultCount=3 (page 3).
    N1-N3: home "Thông báo" box and /blogs/thong-bao (N2 also "Xem nhiều" with slash).
    C1, C2: home and /blogs/hoat-dong-chuyen-mon.  G1: home, /blogs/guong-dien-hinh, "Xem nhiều".

Traps
 1. The post header prints the CMS account as the byline ("@quantri.sgd", "@vanphong.sgd"): an
    account, never an author. The writer signs at the end of the content (right-aligned) or in an
    italic line above the text; a post signed by nobody (N3) has authors [].
 2. Two h1 on a post page: LeptonX's toolbar h1 prints the blog's name ("Tin tức - Sự kiện")
    before the card's h1; the breadcrumb's last item is the title cut at 60 characters with "...".
    Gold title = the card's h1, whole.
 3. Dates: the header's today; the meta line "03/12/2026 14:30" (vi-VN dd/MM/yyyy: T6's "12/11/2026"
    and C2's "10/11/2026" would be 11 December and 11 October as MM/dd) next to "Cập nhật: 04/12/2026 08:15" (an update,
    not the publication); og article:published_time in UTC ("2026-11-20T23:40:00Z" for T4 printed
    "21/11/2026 06:40", the day before). Gold = the printed local creation time with +07:00. T7,
    imported from the old portal, prints "15/10/2026 00:00": the day alone. The official notice
    N2 prints its creation "30/11/2026 16:05" but its letterhead says "ngày 28 tháng 11": "2026-11-28".
 4. Media without a file extension: photos and PDFs are /api/cms-kit/media/<guid>; the cover is a
    card-img-top above the h1, outside the content div, and is the article's first photo; the same
    media shown as a thumbnail on the home page or a listing card is no photo of those pages.
 5. Captions the Markdig way: image and caption share one <p>, split by <br />, caption in <em>;
    the alt text is a camera file name ("IMG_20261203_143512.jpg"), never a caption. Captions in
    parentheses lose them; "Ảnh: Minh Tuấn" under the imported T7 photo is a credit (caption None).
 6. Chrome inside the content: the vendor's dynamic widget [Widget Type="TinLienQuan"] renders a
    "TIN LIÊN QUAN" box with a <ul> of post links between two paragraphs (T1, C2); "Xem thêm:"
    lines and "📎 Tệp đính kèm:" lines (a PDF under /api/cms-kit/media). None of it is body.
 7. Markdig footnotes (C1): a bare <sup>1</sup> call inside an <a class="footnote-ref"> (no text:
    "…5512/BGDĐT-GDTrH," not "…GDTrH1,"), the notes in div.footnotes after an <hr /> with a "↩"
    back-link: the notes are the body's last paragraphs, without the arrow.
 8. Word pastes: mso-list:Ignore markers ("1.", "2.") are no text (T6, N2); a "- " typed by the
    editor is text (T6). N2 is an official notice: letterhead table, "THÔNG BÁO" + subject,
    "Nơi nhận" table with the signer ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Trần Thị Minh Hà") are no body;
    the signer is the author.
 9. Duplicates: the print view (?handler=Print, a Razor named handler) and the trailing-slash URLs
    the "Xem nhiều" box prints serve the same post (alt_paths; canonical = no slash, no query).
10. Comments, reactions (👍 ❤️ 👏 counts) and the 5-star rating under the content: commenters'
    names and text ("Nguyễn Văn Hùng", "2 ngày trước") are neither authors nor body.
11. Listing excerpts: the ShortDescription is printed on listing cards and in meta description but
    not on the post page: summary null unless the content opens with a whole bold paragraph (T1,
    C1, G1). T2's first paragraph bolds only its dateline "(SGD&ĐT) –": no sapo.
12. Pagination: ABP's skipCount/maxResultCount pager; page 1 also answers as /blogs/tin-tuc and as
    ?skipCount=0&maxResultCount=3 (the "‹" and "1" links); T6 and T7 appear on pages 2 and 3 only.

Gold decisions on ambiguous points
 - Cover image (CMS Kit CoverImageMediaId shown as card-img-top of the post): the first image of
   the article, caption None (its alt is the title, not a printed line).
 - "(Theo Báo Hà Tĩnh)" closing T5 after the signature "Thu Hương": source "Báo Hà Tĩnh", authors
   ["Thu Hương"]. "Bài, ảnh: X" / "Bài và ảnh: X" / "Tin, ảnh: X": X in authors and photographers.
 - The italic line "Trần Quốc Tuấn (Trường THPT chuyên Hà Tĩnh)" above T3's text is a byline:
   authors ["Trần Quốc Tuấn"], not body. "TS. Đặng Thị Hồng Nhung (Phòng Giáo dục Trung học)" ->
   "Đặng Thị Hồng Nhung". A school signing alone (C2 "Trường THCS Lê Văn Thiêm"), "Phòng GDTrH"
   (T2) and "Văn phòng Sở" (N1) are authors as printed.
 - Emoji in T2's title ("🎉") and in its text ("😊") are kept; reactions' emoji are chrome.
 - Pipe tables: the header row is a paragraph too ("Khối lớp | Giải Nhất | …").
 - T4's "<br />" inside one paragraph makes two paragraphs.
 - Category = the blog's display name as the breadcrumb prints it.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qs, quote, urlsplit

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "aspnetcore_abp_sgddt"
PLATFORM = "ASP.NET Core 8 + ABP Framework CMS Kit (Razor Pages, LeptonX)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3


def guid(seed: str) -> str:
    """An ABP-style sequential-looking GUID, deterministic per seed."""
    h = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"3a16{h[:4]}-{h[4:8]}-{h[8:12]}-{h[12:16]}-{h[16:28]}"


def media(seed: str) -> str:
    return f"/api/cms-kit/media/{guid('media:' + seed)}"


BLOGS = {
    "tin-tuc": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "guong-dien-hinh": "Gương điển hình",
}
TAGS = {
    guid("tag:cds"): ("tin-tuc", "Chuyển đổi số"),
    guid("tag:hsg"): ("thong-bao", "Kỳ thi HSG"),
    guid("tag:stem"): ("hoat-dong-chuyen-mon", "Giáo dục STEM"),
}
TAG_CDS, TAG_HSG, TAG_STEM = list(TAGS)

PDFS = {
    media("pdf:lich-tiep-cd"): "Lich-tiep-cong-dan-T12-2026.pdf",
    media("pdf:2145-tb"): "2145-TB-SGDDT-ket-qua-HSG12.pdf",
    media("pdf:kh-cds"): "KH-1987-SGDDT-chuyen-doi-so-2027.pdf",
    media("pdf:cv-tet"): "CV-2210-SGDDT-nghi-Tet-2027.pdf",
}


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def _related(*slugs: tuple[str, str]) -> Raw:
    """The vendor's dynamic widget [Widget Type="TinLienQuan"] rendered inside the content."""
    items = "".join(f'<li><a href="/blogs/{b}/{s}">{esc(_TITLES[s])}</a></li>\n' for b, s in slugs)
    return Raw(
        '<div class="abp-widget-wrapper" data-widget-name="TinLienQuan">\n'
        '<div class="box-tlq" style="border-left:3px solid #0b4f9c;padding:8px 14px;'
        'background:#f3f7fd;margin:12px 0">\n'
        '<p class="mb-1" style="color:#0b4f9c"><strong>TIN LIÊN QUAN</strong></p>\n'
        f'<ul class="mb-0">\n{items}</ul>\n</div>\n</div>'
    )


_TITLES: dict[str, str] = {}

# --- the articles ----------------------------------------------------------------------------

T1 = Story(
    1,
    "so-gd-dt-ha-tinh-to-chuc-hoi-nghi-chuyen-doi-so-trong-giao-duc-nam-2026",
    "Sở GD&ĐT Hà Tĩnh tổ chức Hội nghị chuyển đổi số trong giáo dục năm 2026",
    "tin-tuc",
    "2026-12-03T14:30:00+07:00",
    [],
    authors=["Lê Thị Thu Hà"],
    photographers=["Lê Thị Thu Hà"],
    summary=(
        "Chiều 3/12, Sở Giáo dục và Đào tạo Hà Tĩnh tổ chức Hội nghị chuyển đổi số trong giáo dục "
        "năm 2026 nhằm đánh giá kết quả triển khai Kế hoạch chuyển đổi số của ngành, đồng thời "
        "định hướng nhiệm vụ trọng tâm trong giai đoạn 2027 - 2030."
    ),
    opts={
        "created": "2026-12-03 14:30",
        "updated": "04/12/2026 08:15",
        "account": "quantri.sgd",
        "tags": [TAG_CDS],
        "short": "Hội nghị đánh giá kết quả chuyển đổi số năm 2026, tặng Giấy khen cho 15 tập "
        "thể, 32 cá nhân có thành tích xuất sắc.",
        "reactions": (24, 7, 5),
        "rating": ("4,6", 18),
        "comments": [
            (
                "Nguyễn Văn Hùng",
                "2 ngày trước",
                "Mong Sở sớm triển khai học bạ số cho cả cấp tiểu học ở các xã miền núi.",
            ),
            (
                "Trần Thị Hoa",
                "1 ngày trước",
                "Mô hình thư viện số dùng chung của cụm trường Hương Sơn – Vũ Quang rất hay, "
                "các trường khác nên học tập.",
            ),
        ],
    },
)
T1.blocks = [
    Img(media("t1-cover"), style="cover"),
    P(T1.summary, "lead"),
    P(
        "Dự hội nghị có đồng chí Nguyễn Văn Thành, Phó Chủ tịch UBND tỉnh; lãnh đạo Sở GD&ĐT; "
        "đại diện Sở Khoa học và Công nghệ, Viettel Hà Tĩnh, VNPT Hà Tĩnh cùng hơn 200 cán bộ "
        "quản lý, giáo viên phụ trách công nghệ thông tin của các trường THPT, trung tâm "
        "GDNN-GDTX và đại diện UBND các xã, phường."
    ),
    Img(
        media("t1-a"),
        "Đồng chí Nguyễn Văn Thành, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị",
        "Đồng chí Nguyễn Văn Thành, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị",
        "md",
    ),
    P(
        "Theo báo cáo tại hội nghị, đến hết tháng 11/2026, 100% cơ sở giáo dục phổ thông trên "
        "địa bàn tỉnh đã sử dụng phần mềm quản lý trường học và sổ điểm điện tử; 98,6% học sinh "
        "có học bạ số; hơn 85% khoản thu dịch vụ giáo dục được thanh toán không dùng tiền mặt."
    ),
    P("Nhiều mô hình hay, cách làm sáng tạo", "h3"),
    P(
        "Tại hội nghị, các đại biểu đã nghe chia sẻ kinh nghiệm triển khai lớp học thông minh của "
        "Trường THPT Phan Đình Phùng, mô hình thư viện số dùng chung của cụm trường Hương Sơn – Vũ "
        "Quang và giải pháp quản lý dữ liệu học sinh gắn với mã định danh cá nhân của Trường THCS "
        "Nguyễn Du."
    ),
    None,  # related widget, filled in below (needs the titles)
    P(
        "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Nguyễn Văn Thành ghi nhận những kết quả ngành "
        "Giáo dục đạt được, đồng thời đề nghị ngành tiếp tục hoàn thiện hạ tầng số, chuẩn hóa cơ "
        "sở dữ liệu và bồi dưỡng kỹ năng số cho đội ngũ nhà giáo, trong đó tập trung:"
    ),
    P("Rà soát, bổ sung thiết bị dạy học số cho các trường ở xã vùng khó khăn;", "li"),
    P("Đẩy mạnh khai thác học liệu số, kho bài giảng e-learning dùng chung toàn tỉnh;", "li"),
    P("Bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân của học sinh, giáo viên.", "li"),
    Img(
        media("t1-b"),
        "(Các đại biểu tham quan gian trưng bày sản phẩm chuyển đổi số của các nhà trường)",
        "Các đại biểu tham quan gian trưng bày sản phẩm chuyển đổi số của các nhà trường",
        "md",
    ),
    P(
        "Dịp này, Sở GD&ĐT đã tặng Giấy khen cho 15 tập thể, 32 cá nhân có thành tích xuất sắc "
        "trong thực hiện chuyển đổi số năm 2026."
    ),
    Raw(
        '<p>📎 <strong>Tệp đính kèm:</strong> <a href="'
        + media("pdf:kh-cds")
        + '" target="_blank">KH-1987-SGDDT-chuyen-doi-so-2027.pdf</a></p>'
    ),
    _right("<strong><em>Tin, ảnh: Lê Thị Thu Hà</em></strong>"),
]

T2 = Story(
    2,
    "ha-tinh-co-12-hoc-sinh-dat-giai-ky-thi-olympic-tieng-anh-tren-internet-cap-quoc-gia",
    "🎉 Hà Tĩnh có 12 học sinh đạt giải Kỳ thi Olympic Tiếng Anh trên Internet cấp quốc gia",
    "tin-tuc",
    "2026-12-01T09:05:00+07:00",
    [
        P(
            "(SGD&ĐT) – Kết quả Kỳ thi Olympic Tiếng Anh trên Internet (IOE) cấp quốc gia năm học "
            "2026-2027 vừa được Ban Tổ chức công bố, Hà Tĩnh có 12 học sinh đạt giải, trong đó có "
            "2 giải Nhất, 3 giải Nhì, 4 giải Ba và 3 giải Khuyến khích.",
            "dateline:(SGD&ĐT) –",
        ),
        P(
            "Kỳ thi diễn ra từ ngày 22 đến 24/11/2026 tại 34 tỉnh, thành phố; đoàn Hà Tĩnh có 48 "
            "thí sinh tham dự ở các khối lớp từ lớp 3 đến lớp 11."
        ),
        P("Kết quả cụ thể như sau:"),
        P("Khối lớp | Giải Nhất | Giải Nhì | Giải Ba | Giải Khuyến khích", "th"),
        P("Tiểu học | 1 | 1 | 2 | 1", "tr"),
        P("THCS | 1 | 1 | 1 | 1", "tr"),
        P("THPT | 0 | 1 | 1 | 1", "tr"),
        P(
            "Đây là năm thứ ba liên tiếp học sinh Hà Tĩnh đạt giải Nhất tại kỳ thi IOE cấp quốc "
            "gia. 😊"
        ),
        P(
            "Sở GD&ĐT đề nghị các nhà trường tiếp tục quan tâm, tạo điều kiện để học sinh rèn "
            "luyện kỹ năng ngoại ngữ, góp phần nâng cao chất lượng dạy học tiếng Anh trên địa bàn "
            "tỉnh."
        ),
        _right("<strong>Phòng GDTrH</strong>"),
    ],
    authors=["Phòng GDTrH"],
    opts={
        "created": "2026-12-01 09:05",
        "account": "quantri.sgd",
        "short": "Hà Tĩnh có 12 học sinh đạt giải IOE cấp quốc gia, trong đó có 2 giải Nhất.",
        "reactions": (41, 12, 9),
        "rating": ("4,9", 26),
        "comments": [
            ("Phụ huynh Lê Minh", "3 ngày trước", "Chúc mừng các em! Tự hào học sinh Hà Tĩnh 👏"),
        ],
    },
)

T3 = Story(
    3,
    "truong-thpt-chuyen-ha-tinh-to-chuc-ngay-hoi-stem-nam-2026",
    "Trường THPT chuyên Hà Tĩnh tổ chức Ngày hội STEM năm 2026",
    "tin-tuc",
    "2026-11-27T15:20:00+07:00",
    [
        Raw("<p><em>Trần Quốc Tuấn (Trường THPT chuyên Hà Tĩnh)</em></p>"),
        P(
            "Ngày 26/11, Trường THPT chuyên Hà Tĩnh tổ chức Ngày hội STEM năm 2026 với chủ đề "
            "“Sáng tạo vì cộng đồng”, thu hút hơn 900 học sinh cùng đông đảo phụ huynh, giáo viên "
            "các trường THCS trên địa bàn phường Thành Sen tham gia."
        ),
        Img(
            "/uploads/2026/11/ngay-hoi-stem-1.jpg",
            "(Học sinh giới thiệu mô hình hệ thống tưới tiêu tự động)",
            "Học sinh giới thiệu mô hình hệ thống tưới tiêu tự động",
            "fig",
        ),
        P(
            "Ngày hội gồm 36 gian trưng bày sản phẩm nghiên cứu khoa học, mô hình robot, ứng dụng "
            "lập trình và các trò chơi khoa học dành cho học sinh THCS. Nhiều sản phẩm có tính ứng "
            "dụng cao như máy lọc nước mini dùng năng lượng mặt trời, hệ thống cảnh báo lũ sớm, "
            "thùng rác phân loại thông minh…"
        ),
        P(
            "“Mỗi sản phẩm là kết quả của quá trình học tập trải nghiệm, giúp các em vận dụng kiến "
            "thức liên môn để giải quyết những vấn đề thực tiễn của địa phương”, thầy Võ Đình Hải, "
            "Phó Hiệu trưởng nhà trường chia sẻ.",
            "quote",
        ),
        Img("/uploads/2026/11/ngay-hoi-stem-2.jpg", None, None, "fig"),
        P(
            "Ngày hội STEM là hoạt động thường niên của nhà trường, góp phần lan tỏa phong trào "
            "nghiên cứu khoa học, khơi dậy niềm đam mê khám phá và tinh thần khởi nghiệp trong học "
            "sinh."
        ),
    ],
    authors=["Trần Quốc Tuấn"],
    opts={
        "created": "2026-11-27 15:20",
        "updated": "28/11/2026 07:02",
        "account": "quantri.sgd",
        "short": "Hơn 900 học sinh tham gia Ngày hội STEM với 36 gian trưng bày sản phẩm.",
        "reactions": (15, 3, 4),
        "rating": ("4,5", 9),
    },
)

T4 = Story(
    4,
    "tuyen-truyen-phong-chong-duoi-nuoc-va-xam-hai-tre-em-trong-truong-hoc",
    "Tuyên truyền phòng, chống đuối nước và xâm hại trẻ em trong trường học",
    "tin-tuc",
    "2026-11-21T06:40:00+07:00",
    [
        P(
            "Chiều 20/11, tại Trường Tiểu học Thạch Linh, Sở GD&ĐT phối hợp với Công an tỉnh và "
            "Tỉnh Đoàn tổ chức chương trình tuyên truyền phòng, chống đuối nước và xâm hại trẻ em "
            "cho hơn 700 học sinh."
        ),
        P(
            "Tại buổi tuyên truyền, các báo cáo viên đã cung cấp cho học sinh những kiến thức cơ "
            "bản về nguy cơ đuối nước, cách nhận biết các vùng nước nguy hiểm và kỹ năng xử lý khi "
            "gặp người bị đuối nước."
        ),
        Img(
            media("t4-a"),
            "Học sinh thực hành kỹ năng sơ cứu người bị đuối nước",
            "Học sinh thực hành kỹ năng sơ cứu người bị đuối nước",
            "md",
        ),
        P(
            "Các em cũng được hướng dẫn cách nhận diện hành vi xâm hại, cách tự bảo vệ bản thân và "
            "địa chỉ tin cậy để chia sẻ khi gặp nguy hiểm:"
        ),
        P("Tổng đài quốc gia bảo vệ trẻ em 111 (miễn phí, hoạt động 24/7).", "br"),
        Img(
            media("t4-b"),
            "Báo cáo viên Công an tỉnh trao đổi với học sinh",
            "Báo cáo viên Công an tỉnh trao đổi với học sinh",
            "md",
        ),
        P(
            "Dịp này, Ban Tổ chức đã trao tặng 50 áo phao và 20 suất quà cho học sinh có hoàn cảnh "
            "khó khăn."
        ),
        _right("<strong>Tin: Hoàng Minh Đức - Ảnh: Phan Thị Lan</strong>"),
    ],
    authors=["Hoàng Minh Đức"],
    photographers=["Phan Thị Lan"],
    opts={
        "created": "2026-11-21 06:40",
        "account": "quantri.sgd",
        "short": "Hơn 700 học sinh được trang bị kiến thức, kỹ năng phòng, chống đuối nước.",
        "reactions": (9, 2, 1),
        "rating": ("4,2", 5),
    },
)

T5 = Story(
    5,
    "nganh-giao-duc-ha-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Ngành Giáo dục Hà Tĩnh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    "tin-tuc",
    "2026-11-19T16:45:00+07:00",
    [
        P(
            "Sáng 19/11, Sở GD&ĐT Hà Tĩnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tôn vinh nhà giáo tiêu biểu năm 2026."
        ),
        P(
            "Năm học 2025-2026, toàn ngành có hơn 21.000 cán bộ quản lý, giáo viên, nhân viên; tỷ "
            "lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019 đạt 96,8%. Chất lượng "
            "giáo dục mũi nhọn tiếp tục giữ vững trong tốp đầu cả nước với 68 giải học sinh giỏi "
            "quốc gia."
        ),
        Img(media("t5-a"), None, None, "md"),
        P(
            "“Mỗi thầy giáo, cô giáo hãy thực sự là một tấm gương sáng về đạo đức, tự học và sáng "
            "tạo để học sinh noi theo”, Giám đốc Sở GD&ĐT nhấn mạnh.",
            "quote",
        ),
        P(
            "Tại buổi lễ, 44 nhà giáo tiêu biểu được UBND tỉnh tặng Bằng khen; 6 nhà giáo được "
            "Chủ tịch nước tặng danh hiệu Nhà giáo Ưu tú."
        ),
        _right("<strong>Thu Hương</strong>"),
        _right("<em>(Theo Báo Hà Tĩnh)</em>"),
    ],
    authors=["Thu Hương"],
    source="Báo Hà Tĩnh",
    opts={
        "created": "2026-11-19 16:45",
        "account": "quantri.sgd",
        "short": "44 nhà giáo tiêu biểu được UBND tỉnh tặng Bằng khen dịp 20/11.",
        "reactions": (33, 20, 6),
        "rating": ("4,8", 14),
    },
)

T6 = Story(
    6,
    "tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-cho-can-bo-quan-ly-giao-vien",
    "Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho cán bộ quản lý, giáo viên",
    "tin-tuc",
    "2026-11-12T08:00:00+07:00",
    [
        P(
            "Từ ngày 10 đến 12/11/2026, Sở GD&ĐT Hà Tĩnh tổ chức lớp tập huấn ứng dụng trí tuệ "
            "nhân tạo (AI) trong dạy học và quản lý giáo dục cho hơn 350 cán bộ quản lý, giáo viên "
            "cốt cán cấp THCS, THPT.",
            "word",
        ),
        P("Nội dung tập huấn tập trung vào các chuyên đề:", "word"),
        P(
            "Tổng quan về trí tuệ nhân tạo và các nguyên tắc sử dụng AI có trách nhiệm trong giáo "
            "dục;",
            "mso:1.",
        ),
        P(
            "Khai thác công cụ AI tạo sinh trong thiết kế kế hoạch bài dạy, xây dựng học liệu và đề "
            "kiểm tra;",
            "mso:2.",
        ),
        P("Sử dụng AI hỗ trợ đánh giá, phân tích kết quả học tập của học sinh.", "mso:3."),
        P(
            "- Sau tập huấn, mỗi học viên xây dựng ít nhất 01 kế hoạch bài dạy có ứng dụng AI và "
            "chia sẻ trên kho học liệu số của ngành.",
            "word",
        ),
        P(
            "Theo kế hoạch, trong học kỳ II năm học 2026-2027, các giáo viên cốt cán sẽ tổ chức tập "
            "huấn lại cho giáo viên tại đơn vị.",
            "word",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span '
            "style=\"font-size:14.0pt;font-family:'Times New Roman',serif\">ThS. Nguyễn Văn Quang "
            "- Phó Trưởng phòng GDCN-GDTX<o:p></o:p></span></b></p>"
        ),
    ],
    authors=["Nguyễn Văn Quang"],
    opts={
        "created": "2026-11-12 08:00",
        "updated": "13/11/2026 10:47",
        "account": "quantri.sgd",
        "short": "Hơn 350 cán bộ quản lý, giáo viên cốt cán được tập huấn ứng dụng AI.",
        "reactions": (11, 1, 2),
        "rating": ("4,4", 7),
    },
)

T7 = Story(
    7,
    "khoi-cong-xay-dung-truong-pho-thong-dan-toc-noi-tru-lien-cap-xa-son-kim",
    "Khởi công xây dựng Trường Phổ thông dân tộc nội trú liên cấp Tiểu học và THCS xã Sơn Kim",
    "tin-tuc",
    "2026-10-15",
    [
        P(
            "Sáng 14/10, UBND tỉnh Hà Tĩnh tổ chức lễ khởi công xây dựng Trường Phổ thông dân tộc "
            "nội trú liên cấp Tiểu học và THCS xã Sơn Kim, công trình thực hiện chủ trương của Bộ "
            "Chính trị về xây dựng trường nội trú liên cấp tại các xã biên giới đất liền."
        ),
        Img("/uploads/2026/10/khoi-cong-son-kim.jpg", "Ảnh: Minh Tuấn", None, "tbl"),
        P(
            "Trường được xây dựng trên diện tích hơn 5 ha với tổng mức đầu tư gần 250 tỷ đồng, quy "
            "mô 30 lớp với khoảng 1.000 học sinh, trong đó có khu nội trú cho 600 học sinh, nhà ăn, "
            "nhà đa năng, sân vận động và các phòng học bộ môn đạt chuẩn."
        ),
        P("Dự kiến công trình hoàn thành, đưa vào sử dụng trước năm học 2027-2028."),
        Raw('<p align="right"><b>Bài, ảnh: Minh Tuấn</b></p>'),
        None,  # "Xem thêm" line, filled in below
    ],
    authors=["Minh Tuấn"],
    photographers=["Minh Tuấn"],
    opts={
        "created": "2026-10-15 00:00",
        "account": "quantri.sgd",
        "short": "Trường nội trú liên cấp xã Sơn Kim có tổng mức đầu tư gần 250 tỷ đồng.",
        "old": True,
        "reactions": (6, 0, 1),
        "rating": ("4,0", 2),
    },
)

N1 = Story(
    8,
    "thong-bao-lich-tiep-cong-dan-cua-lanh-dao-so-thang-12-2026",
    "Thông báo lịch tiếp công dân của lãnh đạo Sở tháng 12/2026",
    "thong-bao",
    "2026-12-02T10:10:00+07:00",
    [
        P(
            "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của UBND tỉnh, Sở GD&ĐT Hà Tĩnh "
            "thông báo lịch tiếp công dân định kỳ của lãnh đạo Sở trong tháng 12/2026 như sau:"
        ),
        P("Thời gian | Lãnh đạo tiếp | Địa điểm", "th"),
        P("Thứ Tư, 09/12/2026 | Giám đốc Sở | Phòng tiếp công dân, tầng 1", "tr"),
        P("Thứ Tư, 16/12/2026 | Phó Giám đốc Sở | Phòng tiếp công dân, tầng 1", "tr"),
        P("Thứ Tư, 23/12/2026 | Phó Giám đốc Sở | Phòng tiếp công dân, tầng 1", "tr"),
        P(
            "Công dân đến liên hệ cần mang theo Căn cước hoặc giấy tờ tùy thân hợp lệ; trường hợp "
            "ủy quyền phải có giấy ủy quyền theo quy định."
        ),
        Raw(
            '<p>📎 <strong>Tệp đính kèm:</strong> <a href="'
            + media("pdf:lich-tiep-cd")
            + '">Lich-tiep-cong-dan-T12-2026.pdf</a></p>'
        ),
        _right("<strong>Văn phòng Sở</strong>"),
    ],
    authors=["Văn phòng Sở"],
    opts={
        "created": "2026-12-02 10:10",
        "account": "vanphong.sgd",
        "short": "Lịch tiếp công dân định kỳ của lãnh đạo Sở GD&ĐT trong tháng 12/2026.",
        "reactions": (2, 0, 0),
        "rating": ("0", 0),
    },
)

_LETTERHEAD = (
    '<table style="width:100%;border:none;border-collapse:collapse" class="MsoNormalTable">'
    "<tbody><tr>"
    '<td style="width:40%;text-align:center;vertical-align:top;border:none">'
    '<p class="MsoNormal" align="center" style="text-align:center">UBND TỈNH HÀ TĨNH<br />'
    "<b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b></p>"
    '<p class="MsoNormal" align="center" style="text-align:center">Số: 2145/TB-SGDĐT</p></td>'
    '<td style="width:60%;text-align:center;vertical-align:top;border:none">'
    '<p class="MsoNormal" align="center" style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
    "VIỆT NAM<br />Độc lập - Tự do - Hạnh phúc</b></p>"
    '<p class="MsoNormal" align="center" style="text-align:center"><i>Hà Tĩnh, ngày 28 tháng 11 '
    "năm 2026</i></p></td>"
    "</tr></tbody></table>\n"
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span '
    'style="font-size:14.0pt">THÔNG BÁO</span></b><br />\n<b>Kết quả Kỳ thi chọn học sinh giỏi '
    "cấp tỉnh lớp 12 THPT năm học 2026-2027</b></p>"
)
_CLOSING = (
    '<table style="width:100%;border:none" class="MsoNormalTable"><tbody><tr>'
    '<td style="width:50%;vertical-align:top;border:none"><p class="MsoNormal"><b><i>Nơi nhận:'
    '</i></b><br />\n<span style="font-size:11.0pt">- Các đơn vị có thí sinh dự thi;<br />\n'
    "- Giám đốc, các PGĐ Sở;<br />\n- Cổng TTĐT Sở;<br />\n- Lưu: VT, QLCL.</span></p></td>"
    '<td style="width:50%;text-align:center;vertical-align:top;border:none">'
    '<p class="MsoNormal" align="center" style="text-align:center"><b>KT. GIÁM ĐỐC<br />\n'
    "PHÓ GIÁM ĐỐC</b><br />\n<br />\n<i>(Đã ký)</i><br />\n<br />\n<b>Trần Thị Minh Hà</b></p>"
    "</td></tr></tbody></table>"
)

N2 = Story(
    9,
    "thong-bao-ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-thpt-nam-hoc-2026-2027",
    "Thông báo kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
    "thong-bao",
    "2026-11-28",
    [
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Quy chế thi chọn học sinh giỏi cấp quốc gia ban hành kèm theo Thông tư số "
            "17/2023/TT-BGDĐT ngày 10/10/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
            "word",
        ),
        P(
            "Căn cứ kết quả chấm thi của Hội đồng chấm thi Kỳ thi chọn học sinh giỏi cấp tỉnh lớp "
            "12 THPT năm học 2026-2027, Sở GD&ĐT thông báo như sau:",
            "word",
        ),
        P(
            "Tổng số thí sinh dự thi: 1.126 em; số thí sinh đạt giải: 684 em (đạt 60,7%), trong "
            "đó: 52 giải Nhất, 148 giải Nhì, 231 giải Ba và 253 giải Khuyến khích.",
            "mso:1.",
        ),
        P(
            "Thí sinh có nhu cầu phúc khảo nộp đơn tại đơn vị dự thi trước 17 giờ 00 ngày "
            "05/12/2026; các đơn vị tổng hợp, gửi về Sở (qua Phòng Quản lý chất lượng) trước 17 "
            "giờ 00 ngày 07/12/2026.",
            "mso:2.",
        ),
        P(
            "Danh sách thí sinh đạt giải được đăng tải trên Cổng thông tin điện tử của Sở và gửi "
            "kèm theo Thông báo này.",
            "mso:3.",
        ),
        P("Sở GD&ĐT thông báo để các đơn vị biết, thực hiện./.", "word"),
        Raw(_CLOSING),
        Raw(
            '<p>📎 <strong>Tệp đính kèm:</strong> <a href="'
            + media("pdf:2145-tb")
            + '">2145-TB-SGDDT-ket-qua-HSG12.pdf</a></p>'
        ),
    ],
    authors=["Trần Thị Minh Hà"],
    opts={
        "created": "2026-11-30 16:05",
        "account": "vanphong.sgd",
        "tags": [TAG_HSG],
        "short": "Kỳ thi HSG tỉnh lớp 12 có 684/1.126 thí sinh đạt giải; nhận đơn phúc khảo "
        "đến 17h00 ngày 05/12/2026.",
        "reactions": (8, 1, 3),
        "rating": ("4,1", 4),
        "comments": [
            (
                "Hồ Thị Phương",
                "4 ngày trước",
                "Cho em hỏi danh sách đạt giải môn Tin học xem ở đâu ạ?",
            ),
            (
                "vanphong.sgd",
                "4 ngày trước",
                "Chào bạn, danh sách có trong tệp đính kèm phía trên bài viết.",
            ),
        ],
    },
)

N3 = Story(
    10,
    "thong-bao-thoi-gian-nghi-tet-duong-lich-va-tet-nguyen-dan-dinh-mui-nam-2027",
    "Thông báo thời gian nghỉ Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm 2027",
    "thong-bao",
    "2026-11-25T09:30:00+07:00",
    [
        P(
            "Căn cứ Quyết định của UBND tỉnh về Kế hoạch thời gian năm học 2026-2027 đối với giáo "
            "dục mầm non, giáo dục phổ thông và giáo dục thường xuyên, Sở GD&ĐT thông báo thời "
            "gian nghỉ Tết như sau:"
        ),
        P("Tết Dương lịch: học sinh nghỉ 01 ngày, Thứ Sáu ngày 01/01/2027.", "li"),
        P(
            "Tết Nguyên đán Đinh Mùi: học sinh nghỉ từ ngày 01/02/2027 đến hết ngày 14/02/2027.",
            "li",
        ),
        P(
            "Cán bộ, giáo viên, nhân viên nghỉ Tết theo quy định của Bộ luật Lao động và hướng dẫn "
            "của UBND tỉnh. Các đơn vị chủ động bố trí trực bảo vệ, phòng chống cháy nổ, bảo đảm an "
            "toàn cơ sở vật chất trong thời gian nghỉ Tết."
        ),
        P("Sau Tết, các đơn vị ổn định nề nếp, tổ chức dạy học bình thường từ ngày 15/02/2027."),
    ],
    opts={
        "created": "2026-11-25 09:30",
        "account": "vanphong.sgd",
        "short": "Học sinh nghỉ Tết Nguyên đán Đinh Mùi 2027 từ 01/02 đến hết 14/02/2027.",
        "reactions": (57, 14, 22),
        "rating": ("4,9", 31),
    },
)

C1 = Story(
    11,
    "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-kinh-nghiem-tu-cac-truong-thcs-vung-kho",
    "Sinh hoạt chuyên môn theo nghiên cứu bài học: kinh nghiệm từ các trường THCS vùng khó",
    "hoat-dong-chuyen-mon",
    "2026-11-24T13:50:00+07:00",
    [],
    authors=["Đặng Thị Hồng Nhung"],
    summary=(
        "Sau 5 năm triển khai, sinh hoạt chuyên môn theo nghiên cứu bài học đã trở thành nếp làm "
        "việc thường xuyên ở nhiều trường THCS vùng khó của Hà Tĩnh, góp phần thay đổi cách dạy, "
        "cách học và văn hóa chia sẻ trong nhà trường."
    ),
    opts={
        "created": "2026-11-24 13:50",
        "account": "quantri.sgd",
        "short": "Kinh nghiệm đổi mới sinh hoạt chuyên môn ở các trường THCS vùng khó.",
        "reactions": (19, 4, 8),
        "rating": ("4,7", 11),
    },
)
C1.blocks = [
    P(C1.summary, "lead"),
    P("1. Từ dự giờ để đánh giá đến dự giờ để học hỏi", "h3"),
    P(
        "Theo hướng dẫn tại Công văn số 5512/BGDĐT-GDTrH, tổ chuyên môn xây dựng kế hoạch bài dạy "
        "chung, cử giáo viên dạy minh họa và cùng quan sát hoạt động học của học sinh thay vì chấm "
        "điểm giờ dạy.",
        "fnref:1:5512/BGDĐT-GDTrH",
    ),
    P(
        "Ở Trường THCS Sơn Hồng, mỗi tháng tổ Khoa học tự nhiên tổ chức ít nhất hai chu kỳ nghiên "
        "cứu bài học. Giáo viên dự giờ ngồi gần các nhóm học sinh, ghi chép những biểu hiện cụ thể "
        "như em nào chưa tham gia thảo luận, nhóm nào gặp khó khăn ở nhiệm vụ nào."
    ),
    P("2. Những khó khăn cần tháo gỡ", "h3"),
    P(
        "Khảo sát của Phòng GDTrH năm 2026 cho thấy 37% giáo viên cho rằng thời gian sinh hoạt "
        "chuyên môn còn hạn chế, 24% chưa tự tin khi phân tích nguyên nhân khó khăn của học sinh. "
        "Từ thực tế đó, các trường đã:",
        "fnref:2:năm 2026",
    ),
    P("Bố trí thời khóa biểu để tổ chuyên môn có buổi sinh hoạt chung;", "li"),
    P("Xây dựng kho video giờ dạy minh họa dùng chung trong cụm trường;", "li"),
    P("Tăng cường sinh hoạt chuyên môn liên trường qua môi trường mạng.", "li"),
    P("3. Kiến nghị", "h3"),
    P(
        "Các nhà trường cần coi sinh hoạt chuyên môn là hoạt động học tập của chính giáo viên, "
        "không chạy theo hình thức, số lượng; lãnh đạo nhà trường trực tiếp tham gia và tạo môi "
        "trường cởi mở để giáo viên mạnh dạn chia sẻ."
    ),
    _right("<strong>TS. Đặng Thị Hồng Nhung</strong> <em>(Phòng Giáo dục Trung học)</em>"),
    P(
        "Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 của Bộ GD&ĐT về việc xây dựng và tổ chức "
        "thực hiện kế hoạch giáo dục của nhà trường.",
        "fn",
    ),
    P(
        "Số liệu khảo sát trực tuyến 412 giáo viên THCS tại 27 trường vùng khó, tháng 9/2026.",
        "fn",
    ),
]

C2 = Story(
    12,
    "hoi-thao-day-hoc-stem-cap-thcs-tu-y-tuong-den-san-pham",
    "Hội thảo dạy học STEM cấp THCS: từ ý tưởng đến sản phẩm",
    "hoat-dong-chuyen-mon",
    "2026-11-10T14:00:00+07:00",
    [
        P(
            "Ngày 9/11, tại Trường THCS Lê Văn Thiêm, Sở GD&ĐT tổ chức hội thảo chuyên đề “Dạy học "
            "STEM cấp THCS: từ ý tưởng đến sản phẩm” với sự tham gia của hơn 150 cán bộ quản lý, "
            "giáo viên các môn Khoa học tự nhiên, Công nghệ, Tin học và Toán."
        ),
        P(
            "Các đại biểu đã dự 02 tiết dạy minh họa bài học STEM “Thiết kế đèn học thông minh” "
            "(lớp 8) và “Chế tạo bình lọc nước đơn giản” (lớp 6), sau đó thảo luận về quy trình "
            "thiết kế bài học, cách đánh giá năng lực học sinh qua sản phẩm."
        ),
        Img(
            media("c2-a"),
            "Tiết dạy minh họa bài học STEM “Thiết kế đèn học thông minh”",
            "Tiết dạy minh họa bài học STEM “Thiết kế đèn học thông minh”",
            "md",
        ),
        Img(media("c2-b"), None, None, "md"),
        None,  # related widget
        P(
            "Hội thảo thống nhất một số giải pháp: lựa chọn chủ đề STEM gắn với thực tiễn địa "
            "phương; phối hợp giáo viên nhiều môn trong xây dựng kế hoạch bài dạy; tận dụng vật "
            "liệu tái chế, thiết bị sẵn có để giảm chi phí."
        ),
        Raw('<p class="text-end"><strong>Trường THCS Lê Văn Thiêm</strong></p>'),
    ],
    authors=["Trường THCS Lê Văn Thiêm"],
    opts={
        "created": "2026-11-10 14:00",
        "account": "quantri.sgd",
        "tags": [TAG_STEM],
        "short": "Hơn 150 cán bộ quản lý, giáo viên dự hội thảo dạy học STEM cấp THCS.",
        "reactions": (13, 2, 5),
        "rating": ("4,3", 6),
    },
)

G1 = Story(
    13,
    "co-giao-vung-cao-15-nam-gieo-chu-o-ban-rao-tre",
    "Cô giáo vùng cao 15 năm “gieo chữ” ở bản Rào Tre",
    "guong-dien-hinh",
    "2026-10-18T20:15:00+07:00",
    [],
    authors=["Phan Thị Lan"],
    photographers=["Phan Thị Lan"],
    summary=(
        "Hơn 15 năm gắn bó với điểm trường bản Rào Tre, cô giáo Hồ Thị Mai đã trở thành người "
        "thân của đồng bào Chứt nơi đây, kiên trì vận động từng em nhỏ đến lớp, dạy chữ, dạy cả "
        "cách giữ gìn nếp sống văn hóa."
    ),
    opts={
        "created": "2026-10-18 20:15",
        "updated": "02/11/2026 09:12",
        "account": "quantri.sgd",
        "short": "Chân dung cô giáo Hồ Thị Mai, 15 năm bám bản dạy chữ cho trẻ em người Chứt.",
        "reactions": (88, 61, 40),
        "rating": ("5,0", 47),
        "comments": [
            ("Nguyễn Thị Bích", "1 tháng trước", "Thật đáng trân trọng! Cảm ơn cô Mai ❤️"),
            (
                "Phan Văn Lộc",
                "1 tháng trước",
                "Tôi từng công tác ở Hương Liên, con đường vào Rào Tre mùa mưa rất vất vả. "
                "Kính phục cô.",
            ),
            ("Học sinh cũ", "3 tuần trước", "Con nhớ cô nhiều lắm ạ."),
        ],
    },
)
G1.blocks = [
    Img(media("g1-cover"), style="cover"),
    P(G1.summary, "lead"),
    P(
        "Từ trung tâm xã Hương Liên, con đường đến bản Rào Tre dài gần 20 km, nhiều đoạn phải lội "
        "suối. Năm 2011, khi mới ra trường, cô Mai xung phong lên điểm trường bản với hành trang là "
        "vài bộ quần áo và chồng sách giáo khoa cũ."
    ),
    P(
        "“Những ngày đầu, các em chưa nói thạo tiếng Kinh, có em đang học thì bỏ về lên rẫy với bố "
        "mẹ. Tôi phải đến từng nhà, ngồi bên bếp lửa nói chuyện với bà con cho đến khi họ đồng ý "
        "cho con đi học”, cô Mai nhớ lại.",
        "quote",
    ),
    Img(
        media("g1-a"),
        "Cô Hồ Thị Mai trong giờ dạy tại điểm trường bản Rào Tre",
        "Cô Hồ Thị Mai trong giờ dạy tại điểm trường bản Rào Tre",
        "md",
    ),
    P(
        "Để các em hứng thú, cô tự làm đồ dùng dạy học từ ống tre, hạt ngô, lá rừng; tổ chức các "
        "trò chơi dân gian xen kẽ trong giờ học. Những năm gần đây, tỷ lệ trẻ trong bản đi học đúng "
        "độ tuổi đạt 100%, không còn học sinh bỏ học giữa chừng."
    ),
    P(
        "Với những đóng góp thầm lặng, cô Hồ Thị Mai đã được Bộ trưởng Bộ GD&ĐT tặng Bằng khen năm "
        "2025 và được đề nghị tôn vinh nhà giáo tiêu biểu của tỉnh năm 2026."
    ),
    _right("<strong>Bài và ảnh: Phan Thị Lan</strong>"),
]

STORIES = [T1, T2, T3, T4, T5, T6, T7, N1, N2, N3, C1, C2, G1]
_TITLES.update({s.slug: s.title for s in STORIES})
BY_KEY = {(s.cat, s.slug): s for s in STORIES}

T1.blocks[T1.blocks.index(None)] = _related(("tin-tuc", T2.slug), ("tin-tuc", T3.slug))
C2.blocks[C2.blocks.index(None)] = _related(("hoat-dong-chuyen-mon", C1.slug), ("tin-tuc", T3.slug))
T7.blocks[T7.blocks.index(None)] = Raw(
    f'<p><strong>Xem thêm:</strong> <a href="/blogs/tin-tuc/{T5.slug}">{esc(T5.title)}</a></p>'
)

#: the "Xem nhiều" box links these with a trailing slash
MOST_READ = [T5, N2, G1]

# --- rendering helpers -----------------------------------------------------------------------


def _dt(created: str) -> tuple[str, str, str]:
    """('03/12/2026 14:30', '03/12/2026', '2026-12-03T07:30:00Z') from '2026-12-03 14:30'."""
    day, hm = created.split()
    y, m, d = (int(x) for x in day.split("-"))
    hh, mm = (int(x) for x in hm.split(":"))
    printed_day = f"{d:02d}/{m:02d}/{y}"
    uh = hh - 7
    ud, um, uy = d, m, y
    if uh < 0:
        uh += 24
        ud -= 1
        if ud == 0:
            um -= 1
            ud = {9: 30, 10: 31, 11: 30, 12: 31}[um]
    return (
        f"{printed_day} {hh:02d}:{mm:02d}",
        printed_day,
        f"{uy}-{um:02d}-{ud:02d}T{uh:02d}:{mm:02d}:00Z",
    )


def _slugify(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")


def _alt(src: str) -> str:
    h = int(hashlib.md5(src.encode()).hexdigest()[:6], 16)
    return f"IMG_202611{h % 28 + 1:02d}_{h % 240000:06d}.jpg"


def _inline(p: P) -> str:
    text = esc(p.text)
    if p.style.startswith("fnref:"):
        _, n, anchor = p.style.split(":", 2)
        anchor = esc(anchor)
        ref = f'<a id="fnref:{n}" href="#fn:{n}" class="footnote-ref"><sup>{n}</sup></a>'
        text = text.replace(anchor, anchor + ref, 1)
    if p.style.startswith("dateline:"):
        prefix = esc(p.style.split(":", 1)[1])
        text = f"<strong>{prefix}</strong>{text[len(prefix) :]}"
    return text


def _img(img: Img) -> str:
    if img.style == "md":
        cap = f"<br />\n<em>{esc(img.printed)}</em>" if img.printed else ""
        return f'<p><img src="{img.src}" alt="{_alt(img.src)}" />{cap}</p>'
    if img.style == "fig":
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        return (
            '<figure class="image" style="text-align:center">'
            f'<img src="{img.src}" alt="" width="800" height="533" style="max-width:100%" />'
            f"{cap}</figure>"
        )
    # "tbl": the old portal's picture table (imported posts)
    return (
        '<table class="tb-anh" align="center" cellpadding="3" cellspacing="0" '
        'style="width:90%"><tbody><tr><td><img src="'
        + img.src
        + '" border="0" style="width:100%" /></td></tr><tr><td style="text-align:center">'
        '<span style="font-size:12px;color:#555"><em>'
        + esc(img.printed or "")
        + "</em></span></td></tr></tbody></table>"
    )


def render_content(story: Story) -> str:
    """The post's content the way Markdig (and the pasted HTML inside it) prints it."""
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "cover")]
    notes = [b for b in blocks if isinstance(b, P) and b.style == "fn"]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img(b))
            i += 1
            continue
        st = b.style
        if st == "fn":
            i += 1
            continue
        if st in ("li", "oli"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == st:
                j += 1
            tag = "ul" if st == "li" else "ol"
            items = "".join(f"<li>{_inline(x)}</li>\n" for x in blocks[i:j])
            out.append(f"<{tag}>\n{items}</{tag}>")
            i = j
            continue
        if st in ("th", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in ("th", "tr"):
                j += 1
            head = body = ""
            for row in blocks[i:j]:
                cells = row.text.split(" | ")
                if row.style == "th":
                    head += "<tr>\n" + "".join(f"<th>{esc(c)}</th>\n" for c in cells) + "</tr>\n"
                else:
                    body += "<tr>\n" + "".join(f"<td>{esc(c)}</td>\n" for c in cells) + "</tr>\n"
            out.append(f"<table>\n<thead>\n{head}</thead>\n<tbody>\n{body}</tbody>\n</table>")
            i = j
            continue
        if st == "h3":
            out.append(f'<h3 id="{_slugify(b.text)}">{esc(b.text)}</h3>')
        elif st == "lead":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif st == "quote":
            out.append(f"<blockquote>\n<p>{esc(b.text)}</p>\n</blockquote>")
        elif st == "word":
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:'
                '150%"><span style="font-size:14.0pt;line-height:150%;font-family:\'Times New '
                f"Roman',serif\">{esc(b.text).replace('. ', '.&nbsp; ', 1)}<o:p></o:p></span></p>"
            )
        elif st.startswith("mso:"):
            marker = st.split(":", 1)[1]
            out.append(
                '<p class="MsoListParagraph" style="margin-left:54.0pt;text-align:justify;'
                'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span '
                f'style="mso-list:Ignore">{marker}<span style="font:7.0pt &quot;Times New Roman'
                '&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><!--[endif]--><span '
                "style=\"font-size:14.0pt;font-family:'Times New Roman',serif\">"
                f"{esc(b.text)}<o:p></o:p></span></p>"
            )
        else:
            parts = [_inline(b)]
            while (
                i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br"
            ):
                i += 1
                parts.append(esc(blocks[i].text))
            out.append("<p>" + "<br />\n".join(parts) + "</p>")
        i += 1
    if notes:
        items = "".join(
            f'<li id="fn:{n}">\n<p>{esc(x.text)}<a href="#fnref:{n}" '
            'class="footnote-back-ref">&#8617;</a></p>\n</li>\n'
            for n, x in enumerate(notes, 1)
        )
        out.append(f'<div class="footnotes">\n<hr />\n<ol>\n{items}</ol>\n</div>')
    return "\n".join(out)


def blog_posts(blog: str) -> list[Story]:
    return sorted(
        (s for s in STORIES if s.cat == blog), key=lambda s: s.opts["created"], reverse=True
    )


def post_url(s: Story, slash: bool = False) -> str:
    return f"/blogs/{s.cat}/{s.slug}" + ("/" if slash else "")


def _views(s: Story) -> str:
    return f"{s.views():,}".replace(",", ".")


def _token(seed: str) -> str:
    return "CfDJ8" + opaque("xsrf:" + seed, 96).replace("+", "-").replace("/", "_").rstrip("=")


# --- chrome ----------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "#",
        [("Giới thiệu chung", "/pages/gioi-thieu"), ("Cơ cấu tổ chức", "/pages/co-cau-to-chuc")],
    ),
    (
        "Tin tức",
        "#",
        [
            ("Tin tức - Sự kiện", "/blogs/tin-tuc"),
            ("Hoạt động chuyên môn", "/blogs/hoat-dong-chuyen-mon"),
            ("Gương điển hình", "/blogs/guong-dien-hinh"),
        ],
    ),
    ("Thông báo", "/blogs/thong-bao", []),
    ("Văn bản", "/pages/van-ban-chi-dao", []),
    (
        "Thư viện",
        "#",
        [("Thư viện ảnh", "/pages/thu-vien-anh"), ("Video", "/pages/video")],
    ),
    ("Lịch công tác", "/pages/lich-cong-tac", []),
    ("Liên hệ", "/pages/lien-he", []),
]


def _menu() -> str:
    items = []
    for n, (label, href, subs) in enumerate(_MENU, 1):
        if subs:
            inner = "".join(
                f'<li class="lpx-menu-item"><a class="lpx-menu-item-link" href="{h}">'
                f'<span class="lpx-menu-item-text">{esc(t)}</span></a></li>'
                for t, h in subs
            )
            items.append(
                f'<li class="lpx-menu-item has-drop" id="mnu_{n:02d}"><a class="lpx-menu-item-link" '
                f'href="{href}" data-bs-toggle="dropdown"><span class="lpx-menu-item-text">'
                f'{esc(label)}</span><i class="bi bi-chevron-down dd-icon"></i></a>'
                f'<ul class="lpx-inner-menu">{inner}</ul></li>'
            )
        else:
            items.append(
                f'<li class="lpx-menu-item" id="mnu_{n:02d}"><a class="lpx-menu-item-link" '
                f'href="{href}"><span class="lpx-menu-item-text">{esc(label)}</span></a></li>'
            )
    return '<ul class="lpx-nav-menu" id="menu_chinh">' + "".join(items) + "</ul>"


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{post_url(s, slash=True)}">{esc(s.title)}</a> '
        f'<span class="sl-xem">({_views(s)} lượt xem)</span></li>'
        for s in MOST_READ
    )
    docs = "".join(
        f'<li><i class="bi bi-file-earmark-pdf"></i> <a href="{href}" target="_blank">'
        f"{esc(name)}</a></li>"
        for href, name in list(PDFS.items())[1:]
    )
    return f"""
<aside class="col-lg-4 khoi-phai">
  <div class="card mb-3 kp-tb" id="portlet_tb_01">
    <div class="card-header" style="background:#c0392b;color:#fff"><b>THÔNG BÁO</b></div>
    <div class="card-body" style="font-size:13px"><marquee direction="up" scrollamount="2"
      height="70">Cổng thông tin điện tử Sở GD&amp;ĐT Hà Tĩnh phiên bản mới chính thức hoạt động
      từ ngày 01/11/2026. Tin bài trước ngày 01/11/2026 được chuyển từ hệ thống cũ, một số hình
      ảnh có thể hiển thị chưa đầy đủ.</marquee></div>
  </div>
  <div class="card mb-3 kp-xn" id="ctl_tinxemnhieu">
    <div class="card-header tieude-kp"><b>TIN XEM NHIỀU</b></div>
    <div class="card-body"><ol class="ds-xn">{most}</ol></div>
  </div>
  <div class="card mb-3" id="ctl_vbmoi">
    <div class="card-header tieude-kp"><b>VĂN BẢN MỚI</b></div>
    <div class="card-body"><ul class="ds-vb">{docs}</ul>
      <a href="/pages/van-ban-chi-dao" class="xemtatca">Xem tất cả »</a></div>
  </div>
  <div class="card mb-3" id="ctl_binhchon">
    <div class="card-header tieude-kp"><b>THĂM DÒ Ý KIẾN</b></div>
    <div class="card-body">
      <form method="post" action="/api/app/binh-chon/bo-phieu">
        <p>Bạn đánh giá thế nào về giao diện Cổng thông tin điện tử mới của Sở?</p>
        <div class="form-check"><input class="form-check-input" type="radio" name="LuaChon"
          value="1" id="bc1"><label for="bc1">Rất đẹp, dễ sử dụng</label></div>
        <div class="form-check"><input class="form-check-input" type="radio" name="LuaChon"
          value="2" id="bc2"><label for="bc2">Bình thường</label></div>
        <div class="form-check"><input class="form-check-input" type="radio" name="LuaChon"
          value="3" id="bc3"><label for="bc3">Khó tìm thông tin</label></div>
        <input name="__RequestVerificationToken" type="hidden" value="{_token("poll")}" />
        <button type="submit" class="btn btn-sm btn-primary">Bình chọn</button>
        <button type="button" class="btn btn-sm btn-link" onclick="abp.notify.info('Tính năng
          đang phát triển')">Xem kết quả</button>
      </form>
    </div>
  </div>
  <div class="card mb-3" id="ctl_lienket">
    <div class="card-header tieude-kp"><b>LIÊN KẾT WEBSITE</b></div>
    <div class="card-body">
      <a href="https://moet.gov.vn" target="_blank"><img src="/images/banner-bo-gddt.png"
        alt="Bộ Giáo dục và Đào tạo" class="img-fluid mb-2"></a>
      <a href="https://hatinh.gov.vn" target="_blank"><img src="/images/banner-ubnd-tinh.png"
        alt="Cổng TTĐT tỉnh Hà Tĩnh" class="img-fluid mb-2"></a>
      <select class="form-select form-select-sm" onchange="if(this.value)window.open(this.value)">
        <option value="">-- Liên kết khác --</option>
        <option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
        <option value="https://baohatinh.vn">Báo Hà Tĩnh</option>
        <option value="https://csdl.moet.gov.vn">CSDL ngành Giáo dục</option>
      </select>
    </div>
  </div>
  <div class="card mb-3" id="ctl_thongke">
    <div class="card-header tieude-kp"><b>THỐNG KÊ TRUY CẬP</b></div>
    <div class="card-body tk-truycap" style="font-size:13px">
      <div><i class="bi bi-person-check"></i> Đang online: <b>41</b></div>
      <div><i class="bi bi-calendar-day"></i> Hôm nay: <b>1.286</b></div>
      <div><i class="bi bi-graph-up"></i> Tổng truy cập: <b>3.482.915</b></div>
    </div>
  </div>
</aside>"""


def layout(
    request: Request,
    *,
    title: str,
    main: str,
    header_title: str | None,
    crumbs: list[tuple[str, str | None]],
    head_extra: str = "",
    sidebar: bool = True,
) -> Response:
    crumb_html = "".join(
        f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>'
        if href
        else f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>'
        for label, href in [("Trang chủ", "/"), *crumbs]
    )
    toolbar = ""
    if header_title is not None:
        toolbar = f"""
  <div class="lpx-content-toolbar d-flex align-items-center mb-3">
    <h1 class="content-header-title">{esc(header_title)}</h1>
    <nav aria-label="breadcrumb" class="ms-auto"><ol class="breadcrumb">{crumb_html}</ol></nav>
  </div>"""
    side = _sidebar() if sidebar else ""
    col = "col-lg-8" if sidebar else "col-12"
    page = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<link rel="icon" href="/favicon.ico" />
<link href="/libs/bootstrap/css/bootstrap.css?_v=638680153000000000" rel="stylesheet" />
<link href="/libs/bootstrap-icons/font/bootstrap-icons.css" rel="stylesheet" />
<link href="/Themes/LeptonX/Global/side-menu/css/bootstrap-light.css" rel="stylesheet" />
<link href="/global-styles.css?_v=638680153000000000" rel="stylesheet" />
{head_extra}
</head>
<body class="abp-application-layout lpx-theme-light">
<div id="lpx-wrapper" class="lpx-topbar-container">
<header class="lpx-header" id="hdr_sgd">
  <div class="thanh-tren" style="background:#0b4f9c;color:#fff;font-size:13px;padding:4px 0">
    <div class="container d-flex align-items-center">
      <span class="ngay-ht"><i class="bi bi-calendar3"></i> {TODAY_LINE}</span>
      <span class="ms-auto me-3">Đường dây nóng: 0239.3855.026</span>
      <div class="dropdown lpx-lang">
        <a class="dropdown-toggle text-white" href="#" data-bs-toggle="dropdown">Tiếng Việt</a>
        <div class="dropdown-menu">
          <a class="dropdown-item" href="/Abp/Languages/Switch?culture=en&amp;uiCulture=en&amp;returnUrl=%2F">English</a>
        </div>
      </div>
      <a href="/Account/Login" class="ms-3 text-white"><i class="bi bi-box-arrow-in-right"></i> Đăng nhập</a>
    </div>
  </div>
  <div class="banner-sgd container d-flex align-items-center py-2">
    <a href="/" class="logo-sgd"><img src="/images/logo-sgd.png" alt="Logo Sở GD&amp;ĐT Hà Tĩnh" height="80" /></a>
    <div class="ten-dv ms-3"><div style="font-size:15px">UBND TỈNH HÀ TĨNH</div>
      <div style="font-size:26px;font-weight:700;color:#0b4f9c">SỞ GIÁO DỤC VÀ ĐÀO TẠO</div></div>
    <form action="/tim-kiem" method="get" class="frm-tk ms-auto d-flex">
      <input name="q" class="form-control form-control-sm" placeholder="Nhập từ khóa tìm kiếm..." />
      <button type="submit" class="btn btn-sm btn-light"><i class="bi bi-search"></i></button>
    </form>
  </div>
  <nav class="lpx-nav navbar-sgd" style="background:#0b4f9c">
    <div class="container">{_menu()}</div>
  </nav>
</header>
<div class="lpx-content-container container mt-3">
  <div class="lpx-content">{toolbar}
  <div class="row">
  <div class="{col} khoi-giua">
{main}
  </div>{side}
  </div>
  </div>
</div>
<footer class="lpx-footbar-container" style="background:#0b4f9c;color:#fff;padding:18px 0;font-size:13px">
  <div class="container">
    <div><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</b></div>
    <div>Địa chỉ: Số 8, đường Trần Phú, phường Thành Sen, tỉnh Hà Tĩnh</div>
    <div>Điện thoại: 0239.3855.026 - Fax: 0239.3856.219 - Email: sgddt@hatinh.gov.vn</div>
    <div>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo Hà Tĩnh</div>
    <div>Ghi rõ nguồn "Cổng thông tin điện tử Sở GD&amp;ĐT Hà Tĩnh" khi phát hành lại thông tin từ website này.</div>
    <div class="mt-2">© 2026 Sở GD&amp;ĐT Hà Tĩnh. Phát triển bởi Trung tâm CNTT&amp;TT Hà Tĩnh
      - Nền tảng <a href="https://abp.io" class="text-white">ABP Framework</a>.
      <a href="https://www.facebook.com/sgddthatinh" class="text-white ms-2" target="_blank"><i class="bi bi-facebook"></i></a>
      <a href="https://www.youtube.com/@sgddthatinh" class="text-white ms-1" target="_blank"><i class="bi bi-youtube"></i></a></div>
  </div>
</footer>
</div>
<script src="/libs/jquery/jquery.js?_v=638680153000000000"></script>
<script src="/libs/bootstrap/js/bootstrap.bundle.js?_v=638680153000000000"></script>
<script src="/libs/abp/core/abp.js?_v=638680153000000000"></script>
<script src="/Abp/ApplicationLocalizationScript?cultureName=vi"></script>
<script src="/Abp/ApplicationConfigurationScript"></script>
<script src="/Abp/ServiceProxyScript"></script>
<script src="/client-proxies/cms-kit-common-proxy.js?_v=638680153000000000"></script>
</body>
</html>"""
    return html(page, headers={"X-Powered-By": "ASP.NET", "Server": "Kestrel"})


# --- pages -----------------------------------------------------------------------------------


def _card(s: Story, thumb: bool = True) -> str:
    _, day, _ = _dt(s.opts["created"])
    cover = next((b.src for b in s.blocks if isinstance(b, Img) and b.style == "cover"), None)
    img = cover or "/images/no-image.png"
    tags = "".join(
        f'<a href="/blogs/{s.cat}?tagId={t}" class="badge bg-light text-dark me-1">'
        f"{esc(TAGS[t][1])}</a>"
        for t in s.opts.get("tags", [])
    )
    pic = (
        f'<div class="col-md-4"><a href="{post_url(s)}"><img src="{img}" class="img-fluid '
        f'rounded-start anh-dd" alt="{esc(s.title)}" /></a></div>'
        if thumb
        else ""
    )
    return f"""
<div class="card mb-3 the-bv-ds">
  <div class="row g-0">
    {pic}
    <div class="{"col-md-8" if thumb else "col-12"}"><div class="card-body">
      <a href="{post_url(s)}" class="text-decoration-none"><h5 class="card-title">{esc(s.title)}</h5></a>
      <p class="card-text mota-ngan">{esc(s.opts["short"])}</p>
      <p class="card-text"><small class="text-muted">@{s.opts["account"]} · {day}</small></p>
      {tags}
    </div></div>
  </div>
</div>"""


def home(request: Request) -> Response:
    news = blog_posts("tin-tuc")
    top, rest = news[0], news[1:3]
    boxes = []
    for blog, n in (("thong-bao", 3), ("hoat-dong-chuyen-mon", 2), ("guong-dien-hinh", 1)):
        lis = "".join(
            f'<li><a href="{post_url(s)}">{esc(s.title)}</a> '
            f'<span class="ngay-ds">({_dt(s.opts["created"])[1]})</span></li>'
            for s in blog_posts(blog)[:n]
        )
        boxes.append(
            f'<div class="card mb-3 hop-cm" id="vc_{blog.replace("-", "_")}">'
            f'<div class="card-header"><a href="/blogs/{blog}"><b>{esc(BLOGS[blog].upper())}'
            f'</b></a></div><div class="card-body"><ul class="ds-tin">{lis}</ul></div></div>'
        )
    cover = next(b.src for b in top.blocks if isinstance(b, Img) and b.style == "cover")
    main = f"""
<section class="tin-noibat card mb-3" id="vc_TinNoiBat">
  <div class="row g-0">
    <div class="col-md-7"><a href="{post_url(top)}"><img src="{cover}" class="img-fluid"
      alt="{esc(top.title)}" /></a></div>
    <div class="col-md-5 p-3">
      <a href="{post_url(top)}"><h2 class="h4">{esc(top.title)}</h2></a>
      <p>{esc(top.opts["short"])}</p>
      <small class="text-muted">{_dt(top.opts["created"])[1]}</small>
    </div>
  </div>
</section>
<section class="card mb-3" id="vc_tin_tuc">
  <div class="card-header"><a href="/blogs/tin-tuc"><b>TIN TỨC - SỰ KIỆN</b></a>
    <a href="/blogs/tin-tuc" class="float-end xemtatca">Xem tất cả »</a></div>
  <div class="card-body">{"".join(_card(s, thumb=False) for s in rest)}</div>
</section>
{"".join(boxes)}
<section class="card mb-3" id="vc_video">
  <div class="card-header"><a href="/pages/video"><b>VIDEO</b></a></div>
  <div class="card-body"><div class="ratio ratio-16x9"><iframe
    src="https://www.youtube.com/embed/q8XhZ1dK2s0" title="Ngành Giáo dục Hà Tĩnh 2026"
    allowfullscreen></iframe></div></div>
</section>"""
    return layout(
        request,
        title="Sở Giáo dục và Đào tạo Hà Tĩnh",
        main=main,
        header_title=None,
        crumbs=[],
        head_extra='<meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và '
        'Đào tạo tỉnh Hà Tĩnh" />',
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value not in (None, "") else default
    except ValueError:
        return default


def listing(request: Request, blog: str) -> Response:
    params = request.params
    tag = params.get("tagId")
    posts = blog_posts(blog)
    crumbs: list[tuple[str, str | None]] = [(BLOGS[blog], None)]
    extra = ""
    if tag is not None:
        posts = [s for s in posts if tag in s.opts.get("tags", [])]
        name = TAGS.get(tag, (blog, ""))[1]
        crumbs = [(BLOGS[blog], f"/blogs/{blog}"), (f"Thẻ: {name}", None)]
        extra = f"&amp;tagId={tag}"
    skip = max(0, _int(params.get("skipCount"), 0))
    size = min(50, max(1, _int(params.get("maxResultCount"), PAGE_SIZE)))
    total = len(posts)
    shown = posts[skip : skip + size]
    pages = max(1, -(-total // size))
    current = skip // size + 1
    cards = "".join(_card(s) for s in shown) or (
        '<div class="alert alert-info">Chưa có bài viết nào.</div>'
    )

    def link(page: int, label: str, disabled: bool = False, active: bool = False) -> str:
        if disabled or active:
            cls = "active" if active else "disabled"
            return f'<li class="page-item {cls}"><span class="page-link">{label}</span></li>'
        href = f"/blogs/{blog}?skipCount={(page - 1) * size}&amp;maxResultCount={size}{extra}"
        return f'<li class="page-item"><a class="page-link" href="{href}">{label}</a></li>'

    pager = ""
    if pages > 1:
        items = [link(current - 1, "‹", disabled=current <= 1)]
        items += [link(p, str(p), active=p == current) for p in range(1, pages + 1)]
        items.append(link(current + 1, "›", disabled=current >= pages))
        pager = (
            '<nav class="abp-pager"><ul class="pagination justify-content-center">'
            + "".join(items)
            + "</ul></nav>"
        )
    first = skip + 1 if shown else 0
    info = (
        f'<p class="text-muted text-center small">Hiển thị {first} - {skip + len(shown)} / '
        f"{total} bài viết</p>"
    )
    main = f'<div class="ds-baiviet" id="blog_{blog}">{cards}</div>{pager}{info}'
    return layout(
        request,
        title=f"{BLOGS[blog]} | Sở GD&ĐT Hà Tĩnh",
        main=main,
        header_title=BLOGS[blog],
        crumbs=crumbs,
    )


def _comments(s: Story) -> str:
    items = "".join(
        f"""
    <div class="d-flex mb-3 cms-comment-content-area" id="cms-comment-{guid(f"c{s.id}-{n}")}">
      <img src="/images/avatar.png" class="rounded-circle me-2" width="40" height="40" alt="" />
      <div class="flex-grow-1">
        <h6 class="comment-owner mb-0">{esc(name)} <small class="text-muted float-end">{esc(ago)}</small></h6>
        <p class="cms-comment-text mb-1">{esc(txt)}</p>
        <button type="button" class="btn btn-link btn-sm p-0 comment-reply-link"
          data-reply-id="{guid(f"c{s.id}-{n}")}">Trả lời</button>
      </div>
    </div>"""
        for n, (name, ago, txt) in enumerate(s.opts.get("comments", []))
    )
    count = len(s.opts.get("comments", []))
    return f"""
<div class="card mb-4 cms-comment-area" id="cms-comment_BlogPost_{guid(f"post{s.id}")}">
  <div class="card-body">
    <h5 class="mb-3">Bình luận ({count})</h5>
    <div class="cms-comment-form-area alert alert-light">Vui lòng
      <a href="/Account/Login">đăng nhập</a> để gửi bình luận.</div>
    {items}
  </div>
</div>"""


def _others(s: Story) -> str:
    others = [x for x in blog_posts(s.cat) if x is not s][:4]
    lis = "".join(
        f'<li><a href="{post_url(x)}">{esc(x.title)}</a> '
        f'<span class="text-muted">({_dt(x.opts["created"])[1]})</span></li>'
        for x in others
    )
    return (
        '<div class="card mb-4 tin-khac"><div class="card-header"><b>CÁC TIN KHÁC</b></div>'
        f'<div class="card-body"><ul class="ds-tinkhac">{lis}</ul></div></div>'
    )


def _head(request: Request, s: Story) -> str:
    _, _, utc = _dt(s.opts["created"])
    base = base_url(request)
    cover = next((b.src for b in s.blocks if isinstance(b, Img) and b.style == "cover"), None)
    og_img = base + (cover or "/images/logo-sgd.png")
    return (
        f'<meta name="description" content="{esc(s.opts["short"])}" />\n'
        f'<link rel="canonical" href="{base}{post_url(s)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:description" content="{esc(s.opts["short"])}" />\n'
        f'<meta property="og:url" content="{base}{post_url(s)}" />\n'
        f'<meta property="og:image" content="{og_img}" />\n'
        f'<meta property="article:published_time" content="{utc}" />\n'
        '<meta property="og:site_name" content="Sở GD&amp;ĐT Hà Tĩnh" />'
    )


def post_page(request: Request, s: Story) -> Response:
    printed, _, _ = _dt(s.opts["created"])
    cover = next((b for b in s.blocks if isinstance(b, Img) and b.style == "cover"), None)
    cover_html = (
        f'<img src="{cover.src}" class="card-img-top" alt="{esc(s.title)}" />' if cover else ""
    )
    updated = (
        f'<small class="text-muted ms-2"><i class="bi bi-pencil-square"></i> Cập nhật: '
        f"{s.opts['updated']}</small>"
        if s.opts.get("updated")
        else ""
    )
    tags = "".join(
        f'<a href="/blogs/{s.cat}?tagId={t}" class="badge bg-secondary me-1">{esc(TAGS[t][1])}</a>'
        for t in s.opts.get("tags", [])
    )
    tag_block = (
        f'<div class="the-bv mt-3"><i class="bi bi-tags"></i> Thẻ: {tags}</div>' if tags else ""
    )
    like, love, clap = s.opts.get("reactions", (0, 0, 0))
    avg, votes = s.opts.get("rating", ("0", 0))
    share_url = quote(base_url(request) + post_url(s), safe="")
    short_title = s.title if len(s.title) <= 60 else s.title[:60].rstrip() + "..."
    main = f"""
<div class="card mb-4 khung-bv" id="bv_{s.id}">
  {cover_html}
  <div class="card-body">
    <h1 class="mt-lg-3 tieude-bv">{esc(s.title)}</h1>
    <p class="mb-lg-4 tt-dang">
      <span class="fw-bold">@{s.opts["account"]}</span>
      <small class="text-muted ms-2"><i class="bi bi-clock"></i> {printed}</small>
      {updated}
      <small class="text-muted ms-2"><i class="bi bi-eye"></i> {_views(s)} lượt xem</small>
    </p>
    <div class="cong-cu-bv d-flex gap-2 mb-3 small">
      <a href="javascript:void(0)" onclick="doiCoChu(-1)">A-</a>
      <a href="javascript:void(0)" onclick="doiCoChu(1)">A+</a>
      <a href="{post_url(s)}?handler=Print" target="_blank"><i class="bi bi-printer"></i> In bài viết</a>
      <a href="mailto:?subject={quote(s.title)}&amp;body={share_url}"><i class="bi bi-envelope"></i> Gửi email</a>
      <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank"><img src="/images/share-fb.png" alt="Chia sẻ Facebook" width="20" height="20" /></a>
      <a href="https://sp.zalo.me/share_inline?url={share_url}" target="_blank"><img src="/images/share-zalo.png" alt="Chia sẻ Zalo" width="20" height="20" /></a>
    </div>
    <div class="cms-noidung" id="ctl00_nd_{s.id:04d}">
{render_content(s)}
    </div>
    <hr />
    {tag_block}
    <div class="cms-reaction-area mt-3" data-entity-type="BlogPost">
      <span class="cms-reaction-icon">👍 {like}</span>
      <span class="cms-reaction-icon ms-2">❤️ {love}</span>
      <span class="cms-reaction-icon ms-2">👏 {clap}</span>
    </div>
    <div class="cms-rating-area mt-2"><span class="text-warning">★★★★★</span>
      <span class="small text-muted">{avg} ({votes} đánh giá)</span></div>
  </div>
</div>
{_comments(s)}
{_others(s)}"""
    return layout(
        request,
        title=f"{s.title} | Sở GD&ĐT Hà Tĩnh",
        main=main,
        header_title=BLOGS[s.cat],
        crumbs=[(BLOGS[s.cat], f"/blogs/{s.cat}"), (short_title, None)],
        head_extra=_head(request, s),
    )


def print_page(request: Request, s: Story) -> Response:
    printed, _, _ = _dt(s.opts["created"])
    cover = next((b for b in s.blocks if isinstance(b, Img) and b.style == "cover"), None)
    cover_html = f'<p><img src="{cover.src}" alt="" style="max-width:100%" /></p>' if cover else ""
    base = base_url(request)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" />
<title>{esc(s.title)}</title>
<link rel="canonical" href="{base}{post_url(s)}" />
<meta name="robots" content="noindex" />
<style>body{{font-family:'Times New Roman',serif;font-size:14pt;max-width:780px;margin:auto}}
.khong-in{{text-align:right}}@media print{{.khong-in{{display:none}}}}</style>
</head>
<body class="ban-in" onload="window.print()">
<div class="khong-in"><a href="javascript:window.print()">[In trang]</a>
  <a href="javascript:window.close()">[Đóng]</a></div>
<table style="width:100%;border-bottom:2px solid #0b4f9c"><tr>
<td style="width:70px"><img src="/images/logo-sgd.png" height="60" alt="" /></td>
<td><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</b><br />Cổng thông tin điện tử</td></tr></table>
<h1 style="font-size:20pt">{esc(s.title)}</h1>
<div class="in-ngay"><i>Ngày đăng: {printed}</i></div>
{cover_html}
<div class="in-noidung">
{render_content(s)}
</div>
<hr />
<div class="in-url" style="font-size:11pt">Địa chỉ bài viết: {base}{post_url(s)}</div>
<div style="font-size:11pt">© 2026 Sở GD&amp;ĐT Hà Tĩnh</div>
</body></html>"""
    return html(page)


# --- CMS Kit pages (not articles) -----------------------------------------------------------


def _docs_table() -> str:
    rows = [
        (
            "2210/SGDĐT-VP",
            "27/11/2026",
            "V/v thời gian nghỉ Tết Dương lịch, Tết Nguyên đán 2027",
            media("pdf:cv-tet"),
        ),
        (
            "2145/TB-SGDĐT",
            "28/11/2026",
            "Thông báo kết quả Kỳ thi chọn HSG cấp tỉnh lớp 12 THPT",
            media("pdf:2145-tb"),
        ),
        (
            "1987/KH-SGDĐT",
            "05/11/2026",
            "Kế hoạch chuyển đổi số ngành Giáo dục năm 2027",
            media("pdf:kh-cds"),
        ),
    ]
    trs = "".join(
        f"<tr><td>{n}</td><td>{esc(a)}</td><td>{d}</td><td>{esc(t)}</td>"
        f'<td><a href="{href}" target="_blank"><i class="bi bi-download"></i> Tải về</a></td></tr>'
        for n, (a, d, t, href) in enumerate(rows, 1)
    )
    return (
        '<table class="table table-bordered table-sm"><thead><tr><th>TT</th><th>Số/Ký hiệu'
        "</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>"
        f"<tbody>{trs}</tbody></table>"
    )


CMS_PAGES: dict[str, tuple[str, str]] = {
    "gioi-thieu": (
        "Giới thiệu chung",
        "<h3>Vị trí và chức năng</h3>"
        "<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hà Tĩnh, "
        "có chức năng tham mưu, giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục "
        "và đào tạo trên địa bàn tỉnh.</p>"
        "<h3>Nhiệm vụ và quyền hạn</h3>"
        "<p>Trình UBND tỉnh dự thảo quyết định, kế hoạch phát triển giáo dục; hướng dẫn, kiểm "
        "tra việc thực hiện chương trình giáo dục; quản lý chất lượng giáo dục, thi cử, văn bằng, "
        "chứng chỉ; thực hiện công tác thanh tra, giải quyết khiếu nại, tố cáo theo quy định.</p>"
        "<p>Quy mô toàn ngành năm học 2026-2027: 582 trường mầm non, phổ thông với gần 300.000 "
        "học sinh.</p>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<h3>Lãnh đạo Sở</h3>"
        '<table class="table table-bordered"><tbody>'
        "<tr><td>Giám đốc</td><td>Nguyễn Hữu Phước</td><td>0239.3855.001</td></tr>"
        "<tr><td>Phó Giám đốc</td><td>Trần Thị Minh Hà</td><td>0239.3855.002</td></tr>"
        "<tr><td>Phó Giám đốc</td><td>Lê Đình Khánh</td><td>0239.3855.003</td></tr>"
        "</tbody></table>"
        "<h3>Các phòng chuyên môn</h3><ul><li>Văn phòng Sở</li><li>Thanh tra Sở</li>"
        "<li>Phòng Giáo dục Mầm non - Tiểu học</li><li>Phòng Giáo dục Trung học (GDTrH)</li>"
        "<li>Phòng GDCN-GDTX</li><li>Phòng Quản lý chất lượng</li>"
        "<li>Phòng Kế hoạch - Tài chính</li><li>Phòng Tổ chức cán bộ</li></ul>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</b></p>"
        "<p>Địa chỉ: Số 8, đường Trần Phú, phường Thành Sen, tỉnh Hà Tĩnh<br />"
        "Điện thoại: 0239.3855.026 - Email: sgddt@hatinh.gov.vn</p>"
        '<div class="ratio ratio-16x9"><iframe src="https://www.google.com/maps/embed?pb=!1m18'
        '!1m12!1m3!1d3782.5" loading="lazy"></iframe></div>'
        '<form method="post" action="/api/cms-kit-public/contacts" class="mt-3" id="frm_lienhe">'
        '<input class="form-control mb-2" name="Name" placeholder="Họ và tên" />'
        '<input class="form-control mb-2" name="Email" placeholder="Email" />'
        '<textarea class="form-control mb-2" name="Message" placeholder="Nội dung"></textarea>'
        f'<input name="__RequestVerificationToken" type="hidden" value="{_token("contact")}" />'
        '<button type="submit" class="btn btn-primary">Gửi liên hệ</button></form>',
    ),
    "van-ban-chi-dao": (
        "Văn bản chỉ đạo, điều hành",
        "<p>Danh sách văn bản do Sở GD&amp;ĐT ban hành (bản điện tử có giá trị tham khảo).</p>"
        + _docs_table(),
    ),
    "thu-vien-anh": (
        "Thư viện ảnh",
        '<div class="row album-anh">'
        + "".join(
            f'<div class="col-md-4 mb-3"><a href="{src}" data-lightbox="album"><img src="{src}" '
            f'class="img-fluid" alt="" /></a><div class="small text-center">{esc(cap)}</div></div>'
            for src, cap in [
                (media("album-1"), "Hội nghị chuyển đổi số 2026"),
                (media("album-2"), "Ngày hội STEM Trường THPT chuyên Hà Tĩnh"),
                (media("album-3"), "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11"),
                (media("album-4"), "Điểm trường bản Rào Tre, xã Hương Liên"),
            ]
        )
        + "</div>",
    ),
    "video": (
        "Video",
        '<div class="row">'
        '<div class="col-md-6 mb-3"><div class="ratio ratio-16x9"><iframe '
        'src="https://www.youtube.com/embed/q8XhZ1dK2s0" allowfullscreen></iframe></div>'
        '<p class="small">Ngành Giáo dục Hà Tĩnh - Dấu ấn năm 2026</p></div>'
        '<div class="col-md-6 mb-3"><div class="ratio ratio-16x9"><iframe '
        'src="https://www.youtube.com/embed/Vb3kT7fQm1A" allowfullscreen></iframe></div>'
        '<p class="small">Phóng sự: Cô giáo bản Rào Tre</p></div></div>',
    ),
    "lich-cong-tac": (
        "Lịch công tác tuần 49 (từ 30/11/2026 đến 06/12/2026)",
        '<table class="table table-bordered table-sm"><thead><tr><th>Thứ/Ngày</th><th>Buổi</th>'
        "<th>Nội dung</th><th>Chủ trì</th><th>Địa điểm</th></tr></thead><tbody>"
        "<tr><td>Thứ Hai 30/11</td><td>Sáng</td><td>Giao ban lãnh đạo Sở</td><td>Giám đốc</td>"
        "<td>Phòng họp tầng 2</td></tr>"
        "<tr><td>Thứ Ba 01/12</td><td>Chiều</td><td>Làm việc với Trường THPT Hồng Lĩnh</td>"
        "<td>PGĐ Lê Đình Khánh</td><td>Phường Bắc Hồng Lĩnh</td></tr>"
        "<tr><td>Thứ Năm 03/12</td><td>Chiều</td><td>Hội nghị chuyển đổi số trong giáo dục</td>"
        "<td>Giám đốc</td><td>Hội trường Sở</td></tr>"
        "<tr><td>Thứ Sáu 04/12</td><td>Sáng</td><td>Kiểm tra công tác chuẩn bị kỳ thi HSG "
        "quốc gia</td><td>PGĐ Trần Thị Minh Hà</td><td>Trường THPT chuyên Hà Tĩnh</td></tr>"
        "</tbody></table><p><i>Lịch có thể thay đổi, Văn phòng Sở sẽ thông báo cụ thể.</i></p>",
    ),
}


def cms_page(request: Request, slug: str) -> Response:
    title, content = CMS_PAGES[slug]
    main = (
        f'<div class="card mb-4"><div class="card-body"><h1 class="h3">{esc(title)}</h1>'
        f'<div class="cms-page-content">{content}</div></div></div>'
    )
    return layout(
        request,
        title=f"{title} | Sở GD&ĐT Hà Tĩnh",
        main=main,
        header_title=title,
        crumbs=[(title, None)],
    )


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if q:
        hits = [s for s in STORIES if q.lower() in s.title.lower()]
        body = "".join(_card(s, thumb=False) for s in hits) or "<p>Không tìm thấy kết quả.</p>"
        head = f"<p>Kết quả tìm kiếm cho: <b>{esc(q)}</b> ({len(hits)} kết quả)</p>"
    else:
        body, head = "", '<div class="alert alert-warning">Vui lòng nhập từ khóa tìm kiếm.</div>'
    return layout(
        request,
        title="Tìm kiếm | Sở GD&ĐT Hà Tĩnh",
        main=head + body,
        header_title="Tìm kiếm",
        crumbs=[("Tìm kiếm", None)],
    )


def login_page(request: Request) -> Response:
    main = f"""
<div class="card mx-auto" style="max-width:420px"><div class="card-body">
<h2 class="h4">Đăng nhập</h2>
<form method="post" action="/Account/Login">
  <input class="form-control mb-2" name="LoginInput.UserNameOrEmailAddress" placeholder="Tên đăng nhập hoặc email" />
  <input class="form-control mb-2" type="password" name="LoginInput.Password" placeholder="Mật khẩu" />
  <div class="form-check mb-2"><input class="form-check-input" type="checkbox" name="LoginInput.RememberMe" value="true" id="rm" />
    <label for="rm">Ghi nhớ đăng nhập</label></div>
  <input name="__RequestVerificationToken" type="hidden" value="{_token("login")}" />
  <button type="submit" class="btn btn-primary w-100" name="Action" value="Login">Đăng nhập</button>
</form></div></div>"""
    return layout(
        request,
        title="Đăng nhập | Sở GD&ĐT Hà Tĩnh",
        main=main,
        header_title=None,
        crumbs=[],
        sidebar=False,
    )


_MEDIA_PHOTOS = {
    b.src
    for s in STORIES
    for b in s.blocks
    if isinstance(b, Img) and b.src.startswith("/api/cms-kit/media/")
} | {media(f"album-{n}") for n in range(1, 5)}

_JS = {
    "/abp/applicationconfigurationscript": "(function(){abp.currentUser={isAuthenticated:false};"
    "abp.localization.currentCulture={name:'vi',cultureName:'vi'};})();",
    "/abp/applicationlocalizationscript": "(function(){abp.localization.resources={};})();",
    "/abp/serviceproxyscript": "/* service proxies */",
}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if request.method == "POST":
            if low == "/account/login":
                return login_page(request)
            return None
        if path == "/":
            return home(request)
        if low.startswith("/api/cms-kit/media/"):
            if path in PDFS:
                return Response(
                    200,
                    PDF,
                    {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": f'inline; filename="{PDFS[path]}"',
                    },
                )
            if path in _MEDIA_PHOTOS:
                return static_file(path + ".jpg")
            return None
        if low in _JS:
            return Response(200, _JS[low], {"Content-Type": "application/javascript"})
        if low == "/abp/languages/switch":
            target = request.params.get("returnUrl", "/")
            if not target.startswith("/") or target.startswith("//"):
                target = "/"
            resp = redirect(target)
            resp.headers["Set-Cookie"] = (
                ".AspNetCore.Culture=c%3D" + request.params.get("culture", "vi") + "; path=/"
            )
            return resp
        if low == "/account/login":
            return login_page(request)
        if low == "/tim-kiem":
            return search_page(request)
        parts = [p for p in path.split("/") if p]
        if len(parts) >= 2 and parts[0].lower() == "blogs":
            blog = parts[1].lower()
            if blog not in BLOGS:
                return None
            if len(parts) == 2 and not path.endswith("/"):
                return listing(request, blog)
            if len(parts) == 3:
                story = BY_KEY.get((blog, parts[2].lower()))
                if story is None:
                    return None
                handler = parse_qs(request.query).get("handler", [""])[0].lower()
                if handler == "print":
                    return print_page(request, story)
                if handler:
                    return None
                return post_page(request, story)
            return None
        if len(parts) == 2 and parts[0].lower() == "pages" and not path.endswith("/"):
            slug = parts[1].lower()
            if slug in CMS_PAGES:
                return cms_page(request, slug)
            return None
        if urlsplit(path).path.lower().endswith((".jpg", ".png", ".gif", ".ico", ".css", ".js")):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = [f"{post_url(s)}?handler=Print"]
    if s in MOST_READ:
        alts.append(post_url(s, slash=True))
    return gold_record(s, post_url(s), BLOGS[s.cat], canonical_path=post_url(s), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/pages/gioi-thieu",
    "/pages/co-cau-to-chuc",
    "/pages/lien-he",
    "/pages/van-ban-chi-dao",
    "/pages/thu-vien-anh",
    "/pages/video",
    "/pages/lich-cong-tac",
]
